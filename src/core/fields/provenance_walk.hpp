#pragma once
// Visits every record of a programme that carries provenance, with the JSON
// pointer of that record. Used to list assumptions and to find a value's source.

#include "core/model/programme.hpp"

#include <functional>
#include <string>

namespace vth {

using ProvenanceVisitor = std::function<void(const std::string& pointer, const Provenance& provenance)>;

void for_each_provenance(const Programme& programme, const ProvenanceVisitor& visit);

} // namespace vth
