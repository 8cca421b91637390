#include "places.h"

namespace chibo::gen {

// Weights are rough population figures (2019 census, in 100,000s): assumed,
// used only to spread the nation's cells over the provinces.
const std::vector<Province>& provinces() {
  static const std::vector<Province> list = {
      {"Hà Nội", "HN", "thôn", false, false, 83},
      {"Hà Giang", "HG", "thôn", true, false, 9},
      {"Cao Bằng", "CB", "xóm", true, false, 5},
      {"Bắc Kạn", "BK", "thôn", true, false, 3},
      {"Tuyên Quang", "TQ", "thôn", true, false, 8},
      {"Lào Cai", "LC", "thôn", true, false, 7},
      {"Điện Biên", "DB", "bản", true, false, 6},
      {"Lai Châu", "LCH", "bản", true, false, 5},
      {"Sơn La", "SL", "bản", true, false, 12},
      {"Yên Bái", "YB", "thôn", true, false, 8},
      {"Hòa Bình", "HB", "xóm", true, false, 9},
      {"Thái Nguyên", "TN", "xóm", false, false, 13},
      {"Lạng Sơn", "LS", "thôn", true, false, 8},
      {"Quảng Ninh", "QN", "thôn", false, false, 13},
      {"Bắc Giang", "BG", "thôn", false, false, 18},
      {"Phú Thọ", "PT", "khu", false, false, 15},
      {"Vĩnh Phúc", "VP", "thôn", false, false, 12},
      {"Bắc Ninh", "BN", "thôn", false, false, 14},
      {"Hải Dương", "HD", "thôn", false, false, 19},
      {"Hải Phòng", "HP", "thôn", false, false, 20},
      {"Hưng Yên", "HY", "thôn", false, false, 13},
      {"Thái Bình", "TB", "thôn", false, false, 19},
      {"Hà Nam", "HNA", "thôn", false, false, 9},
      {"Nam Định", "ND", "xóm", false, false, 18},
      {"Ninh Bình", "NB", "thôn", false, false, 10},
      {"Thanh Hóa", "TH", "thôn", false, false, 37},
      {"Nghệ An", "NA", "xóm", false, false, 33},
      {"Hà Tĩnh", "HT", "thôn", false, false, 13},
      {"Quảng Bình", "QB", "thôn", false, false, 9},
      {"Quảng Trị", "QT", "thôn", false, false, 6},
      {"Thừa Thiên Huế", "TTH", "thôn", false, false, 11},
      {"Đà Nẵng", "DNG", "thôn", false, false, 11},
      {"Quảng Nam", "QNA", "thôn", false, false, 15},
      {"Quảng Ngãi", "QNG", "thôn", false, false, 12},
      {"Bình Định", "BD", "thôn", false, false, 15},
      {"Phú Yên", "PY", "thôn", false, false, 9},
      {"Khánh Hòa", "KH", "thôn", false, false, 12},
      {"Ninh Thuận", "NT", "thôn", false, false, 6},
      {"Bình Thuận", "BTH", "thôn", false, false, 12},
      {"Kon Tum", "KT", "thôn", true, false, 5},
      {"Gia Lai", "GL", "thôn", true, false, 15},
      {"Đắk Lắk", "DLK", "thôn", true, false, 19},
      {"Đắk Nông", "DKN", "thôn", true, false, 6},
      {"Lâm Đồng", "LD", "thôn", false, false, 13},
      {"Bình Phước", "BP", "ấp", false, true, 10},
      {"Tây Ninh", "TNI", "ấp", false, true, 12},
      {"Bình Dương", "BDU", "ấp", false, true, 26},
      {"Đồng Nai", "DNA", "ấp", false, true, 31},
      {"Bà Rịa - Vũng Tàu", "BRVT", "ấp", false, true, 12},
      {"Thành phố Hồ Chí Minh", "HCM", "ấp", false, true, 90},
      {"Long An", "LA", "ấp", false, true, 17},
      {"Tiền Giang", "TG", "ấp", false, true, 18},
      {"Bến Tre", "BT", "ấp", false, true, 13},
      {"Trà Vinh", "TV", "ấp", false, true, 10},
      {"Vĩnh Long", "VL", "ấp", false, true, 10},
      {"Đồng Tháp", "DT", "ấp", false, true, 16},
      {"An Giang", "AG", "ấp", false, true, 19},
      {"Kiên Giang", "KG", "ấp", false, true, 17},
      {"Cần Thơ", "CT", "ấp", false, true, 12},
      {"Hậu Giang", "HGI", "ấp", false, true, 7},
      {"Sóc Trăng", "ST", "ấp", false, true, 12},
      {"Bạc Liêu", "BL", "ấp", false, true, 9},
      {"Cà Mau", "CM", "ấp", false, true, 12},
  };
  return list;
}

const Province& hoa_binh() { return provinces()[10]; }

const std::vector<District>& hoa_binh_districts() {
  static const std::vector<District> list = {
      {"Cao Phong", "huyện"}, {"Hòa Bình", "thành phố"}, {"Đà Bắc", "huyện"},
      {"Kim Bôi", "huyện"},   {"Lạc Sơn", "huyện"},      {"Lạc Thủy", "huyện"},
      {"Lương Sơn", "huyện"}, {"Mai Châu", "huyện"},     {"Tân Lạc", "huyện"},
      {"Yên Thủy", "huyện"},
  };
  return list;
}

const std::vector<const char*>& cao_phong_communes() {
  static const std::vector<const char*> list = {
      "Cao Phong",  "Thung Nai",  "Bắc Phong",  "Tây Phong", "Dũng Phong",
      "Nam Phong",  "Xuân Phong", "Bình Thanh", "Thu Phong", "Yên Lập",
      "Yên Thượng", "Thạch Yên",  "Đông Phong", "Tân Phong",
  };
  return list;
}

}  // namespace chibo::gen
