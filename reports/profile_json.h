// Profile <-> JSON: the versioned output contract ("provscore.profile/1"), written
// with Boost.JSON. Key order is fixed so the same profile always serialises to the
// same bytes. Thread-safe, stateless.
//
//   boost::json::object o = ProfileToJson(profile);
//   std::string line = SerializeJson(o);   // what profiles.jsonl holds
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>

#include "score/profile.h"

namespace provscore {

// Confidences are rounded to 2 decimals and scores/points to 1, so that output
// does not depend on the last bits of a floating-point sum. Every string is
// well-formed UTF-8 (invalid bytes, e.g. in a file name, become U+FFFD). A family
// field whose key collides with a contract key of the signal is dropped.
boost::json::object ProfileToJson(const ReliabilityProfile& profile);

// Compact JSON, like boost::json::serialize, except that doubles are written in
// their shortest plain form ("0.95", "72.5", "100") instead of Boost's "9.5E-1",
// and non-finite doubles as null. Every provscore output file uses this.
std::string SerializeJson(const boost::json::value& value);

}  // namespace provscore
