// ProfileFromJson: the inverse of ProfileToJson, for tools that read profiles back
// (the batch pass that adds cross-article signals and rescores, `provscore explain`).
// What the contract does not carry (the body's block structure, boilerplate) comes
// back empty. Stateless and thread-safe.
//
//   Result<ReliabilityProfile> p = ProfileFromJson(boost::json::parse(line).as_object());
#pragma once

#include <boost/json/object.hpp>

#include "base/status.h"
#include "score/profile.h"

namespace provscore {

// Fails (kParseError) when the object is not a provscore.profile/1 profile.
Result<ReliabilityProfile> ProfileFromJson(const boost::json::object& o);

}  // namespace provscore
