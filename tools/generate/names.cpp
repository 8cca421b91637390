#include "names.h"

#include "chibo/units.h"

namespace chibo::gen {
namespace {

const char* const kHighlandFirst[] = {"Bãi",   "Nà",  "Khả",    "Đồng", "Chằng", "Mường", "Bưng",
                                      "Thung", "Cạn", "Bái",    "Rộc",  "Mè",    "Trang", "Giếng",
                                      "Tôm",   "Sào", "Chiềng", "Mỏ",   "Quèn",  "Ké",    "Pheo",
                                      "Ván",   "Dằm", "Lục",    "Nước", "Cò",    "Đầm",   "Vó"};
const char* const kHighlandSecond[] = {"Nai",  "Chạo", "Lũy",   "Vôi",  "Mới",  "Trên", "Dưới",
                                       "Giữa", "Cả",   "Bến",   "Cọ",   "Nước", "Sung", "Mu",
                                       "Ngòi", "Đá",   "Trám",  "Bưởi", "Cháy", "Sấu",  "Lau",
                                       "Rè",   "Báo",  "Khang", "Vó",   "Cang", "Bục",  "Chiềng"};
const char* const kKinhFirst[] = {
    "An",    "Bình",  "Cao",   "Đông",  "Tây",  "Nam",   "Bắc",   "Hòa",    "Hợp",   "Hưng",
    "Kim",   "Lạc",   "Long",  "Minh",  "Mỹ",   "Ngọc",  "Phú",   "Phúc",   "Quang", "Tân",
    "Thạch", "Thanh", "Thái",  "Thuận", "Tiến", "Trung", "Vĩnh",  "Xuân",   "Yên",   "Hồng",
    "Đồng",  "Liên",  "Hương", "Định",  "Gia",  "Đại",   "Quỳnh", "Thượng", "Hạ",    "Cẩm"};
const char* const kKinhSecond[] = {
    "An",    "Bình", "Đức",  "Hải",   "Hòa",   "Hưng",  "Khánh", "Lạc",  "Lâm", "Lập",
    "Lợi",   "Long", "Lộc",  "Mỹ",    "Nghĩa", "Phong", "Phú",   "Phúc", "Sơn", "Thành",
    "Thịnh", "Thủy", "Tiến", "Trung", "Vinh",  "Xuân",  "Yên",   "Quý",  "Hà",  "Giang",
    "Điền",  "Tân",  "Thọ",  "Cường", "Châu",  "Thắng", "Hiệp",  "Đông", "Tây", "Hồng"};

template <std::size_t N>
const char* pick(Rng& rng, const char* const (&list)[N]) {
  return list[rng.below(static_cast<int>(N))];
}

// The code points of a UTF-8 string (the names here are valid UTF-8).
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3Fu);
    }
    out.push_back(c);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace

std::string place_name(Rng& rng, bool highland) {
  for (;;) {
    std::string a = highland ? pick(rng, kHighlandFirst) : pick(rng, kKinhFirst);
    std::string b = highland ? pick(rng, kHighlandSecond) : pick(rng, kKinhSecond);
    if (a != b) return a + " " + b;
  }
}

std::string unique_place_name(Rng& rng, bool highland, std::set<std::string>& taken) {
  std::string name;
  for (int tries = 0; tries < 12; ++tries) {
    name = place_name(rng, highland);
    if (taken.insert(name).second) return name;
  }
  for (int k = 2;; ++k) {
    std::string numbered = name + " " + std::to_string(k);
    if (taken.insert(numbered).second) return numbered;
  }
}

char fold_letter(char32_t c) {
  if (c < 0x80) {
    char ch = static_cast<char>(c);
    if (ch >= 'a' && ch <= 'z') return static_cast<char>(ch - 'a' + 'A');
    return (ch >= 'A' && ch <= 'Z') ? ch : 0;
  }
  if (c >= 0xC0 && c <= 0xFF) {
    char32_t u = c >= 0xE0 ? c - 0x20 : c;
    if (u <= 0xC5) return 'A';
    if (u >= 0xC8 && u <= 0xCB) return 'E';
    if (u >= 0xCC && u <= 0xCF) return 'I';
    if (u >= 0xD2 && u <= 0xD6) return 'O';
    if (u >= 0xD9 && u <= 0xDC) return 'U';
    if (u == 0xDD) return 'Y';
    return 0;
  }
  switch (c) {
    case 0x102:
    case 0x103:
      return 'A';
    case 0x110:
    case 0x111:
      return 'D';
    case 0x128:
    case 0x129:
      return 'I';
    case 0x168:
    case 0x169:
      return 'U';
    case 0x1A0:
    case 0x1A1:
      return 'O';
    case 0x1AF:
    case 0x1B0:
      return 'U';
    default:
      break;
  }
  if (c >= 0x1EA0 && c <= 0x1EB7) return 'A';
  if (c >= 0x1EB8 && c <= 0x1EC7) return 'E';
  if (c >= 0x1EC8 && c <= 0x1ECB) return 'I';
  if (c >= 0x1ECC && c <= 0x1EE3) return 'O';
  if (c >= 0x1EE4 && c <= 0x1EF1) return 'U';
  if (c >= 0x1EF2 && c <= 0x1EF9) return 'Y';
  return 0;
}

std::string unique_code(std::string_view name, std::set<std::string>& taken) {
  std::vector<std::vector<char>> words(1);
  for (char32_t c : code_points(name)) {
    if (c == ' ' || c == '-') {
      if (!words.back().empty()) words.emplace_back();
    } else if (char f = fold_letter(c)) {
      words.back().push_back(f);
    }
  }
  if (words.back().empty()) words.pop_back();
  std::string initials, longer;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (words[w].empty()) continue;
    initials += words[w][0];
    longer += words[w][0];
    if (w == 0 && words[w].size() > 1) longer += words[w][1];
  }
  if (initials.empty()) initials = longer = "X";
  for (const std::string& candidate : {initials, longer}) {
    if (taken.insert(candidate).second) return candidate;
  }
  for (int k = 2;; ++k) {
    std::string numbered = initials + std::to_string(k);
    if (taken.insert(numbered).second) return numbered;
  }
}

std::string fill(std::string_view text, std::string_view kind, std::string_view committee,
                 std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 2] == '}') {
      char key = text[i + 1];
      out += key == 'k' ? kind : key == 'u' ? committee : name;
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

const std::vector<NamedUnit>& district_agency_cells() {
  constexpr int A = static_cast<int>(UnitType::Agency), S = static_cast<int>(UnitType::Service);
  static const std::vector<NamedUnit> list = {
      {"Văn phòng HĐND và UBND {k}", A},
      {"Phòng Tài chính - Kế hoạch", A},
      {"Phòng Nội vụ", A},
      {"Phòng Nông nghiệp và Phát triển nông thôn", A},
      {"Phòng Tài nguyên và Môi trường", A},
      {"Phòng Kinh tế và Hạ tầng", A},
      {"Phòng Lao động - Thương binh và Xã hội", A},
      {"Phòng Giáo dục và Đào tạo", A},
      {"Phòng Văn hóa và Thông tin", A},
      {"Thanh tra {k}", A},
      {"Phòng Tư pháp", A},
      {"Phòng Y tế", A},
      {"Phòng Dân tộc", A},
      {"Trung tâm Văn hóa - Thông tin và Thể thao", S},
      {"Ban Quản lý dự án đầu tư xây dựng {k}", S},
      {"Trung tâm Dịch vụ nông nghiệp", S},
      {"Trung tâm Phát triển quỹ đất", S},
      {"Đội Quản lý trật tự đô thị", A},
      {"Ban Quản lý rừng phòng hộ", S},
      {"Hội Chữ thập đỏ {k}", S},
  };
  return list;
}

const std::vector<NamedUnit>& district_base_cells() {
  constexpr int A = static_cast<int>(UnitType::Agency), S = static_cast<int>(UnitType::Service),
                G = static_cast<int>(UnitType::School);
  static const std::vector<NamedUnit> list = {
      {"Văn phòng {u}", A},
      {"Các ban xây dựng Đảng {u}", A},
      {"Ủy ban Kiểm tra {u}", A},
      {"Cơ quan Ủy ban MTTQ và các đoàn thể {k}", A},
      {"Viện Kiểm sát nhân dân {k}", A},
      {"Tòa án nhân dân {k}", A},
      {"Chi cục Thi hành án dân sự {k}", A},
      {"Chi cục Thuế khu vực {n}", A},
      {"Kho bạc Nhà nước {n}", A},
      {"Hạt Kiểm lâm {n}", A},
      {"Chi cục Thống kê {n}", A},
      {"Trung tâm Chính trị {k}", S},
      {"Trung tâm Y tế {k}", S},
      {"Bảo hiểm xã hội {k}", S},
      {"Chi nhánh Văn phòng Đăng ký đất đai {n}", S},
      {"Trường THPT {n}", G},
      {"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên {n}", G},
      {"Trường Phổ thông Dân tộc nội trú THCS và THPT {n}", G},
  };
  return list;
}

const std::vector<const char*>& police_cells() {
  static const std::vector<const char*> list = {
      "Đội An ninh",
      "Đội Cảnh sát hình sự",
      "Đội Cảnh sát giao thông - Trật tự",
      "Đội Tham mưu - Tổng hợp",
      "Đội Cảnh sát kinh tế và ma túy",
      "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
      "Đội Cảnh sát điều tra tội phạm về trật tự xã hội",
      "Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp",
      "Đội Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ",
      "Đội Xây dựng phong trào bảo vệ an ninh Tổ quốc",
  };
  return list;
}

const std::vector<const char*>& military_cells() {
  static const std::vector<const char*> list = {
      "Chỉ huy", "Tham mưu", "Chính trị", "Hậu cần - Kỹ thuật", "Trung đội Dân quân cơ động",
  };
  return list;
}

const std::vector<const char*>& enterprise_products() {
  static const std::vector<const char*> list = {
      "Xây dựng",
      "Nông sản",
      "Chế biến nông lâm sản",
      "Vật liệu xây dựng",
      "Thương mại và Dịch vụ",
      "Môi trường đô thị",
      "Cấp thoát nước",
      "Du lịch",
      "Giống cây trồng",
      "May mặc",
      "Vận tải",
      "Chè",
      "Cam",
      "Mía đường",
      "Cơ khí",
      "Thủy sản",
      "Dược phẩm",
      "Điện nước",
      "Khai thác đá",
      "Lâm nghiệp",
  };
  return list;
}

}  // namespace chibo::gen
