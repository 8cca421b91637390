// Vietnamese typed with the keyboard's Vietnamese mode off: the keys of
// Telex ("khoong ddatj") or VNI ("kho6ng d9a5t") left as written, where
// the input method would have made "không đạt". Read back for hints only:
// a value so typed is refused, and the message asks for the word it looks
// meant as.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace chibo {

enum class Keyboard { Telex, VNI };

// "Telex", "VNI": as a message names the way of typing.
const char* keyboard_name(Keyboard k);

// text's words as keyboard's input method would have made them, in NFC:
// "khoong ddatj" -> "không đạt" (Telex), "tru7o7ng2" -> "trường" (VNI).
// Capitals kept ("Toots" -> "Tốt"). nullopt when text is not plain ASCII
// letters (and digits, for VNI) and spaces, or when no key changed a letter:
// "khong" is no Telex, it is a word written without accents.
std::optional<std::string> typed_with_keys(std::string_view text, Keyboard keyboard);

// What text, typed with the Vietnamese keyboard off, looks meant as, as a
// message asks it: "; có phải là 'có'? ('cos' là 'có' gõ kiểu Telex khi
// chưa bật bộ gõ tiếng Việt)". Telex's letters first, then VNI's, the first
// that fits takes: fits gives the value they mean as the message names it
// ("Khá", the label of the option "khá" is), or nullopt. "" when none fits.
std::string typed_keys_hint(
    std::string_view text,
    const std::function<std::optional<std::string>(const std::string& letters)>& fits);

}  // namespace chibo
