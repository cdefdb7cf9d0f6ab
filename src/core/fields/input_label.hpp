#pragma once
// A Dutch name for an editable input, for people rather than machines:
// "/odt/toezicht/4/aantal" -> "A3.02.05 Periodieke controle standaard – aantal".
// Used by the sensitivity chart, the report and the presentation controls.

#include "core/model/programme.hpp"
#include "core/model/utf8_text.hpp" // shorten(), used with the labels

#include <string>
#include <string_view>

namespace vth {

// The record's name and the field; the pointer itself when it names nothing known.
std::string input_label(const Programme& programme, std::string_view pointer);

// The provenance of the record holding the input; null when the pointer names nothing known.
const Provenance* input_source(const Programme& programme, std::string_view pointer);

} // namespace vth
