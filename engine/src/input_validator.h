// The checks of one input on its own: its id (claimed in the ruleset's id
// space), 'min' against 'max', its default read as a record's value would
// be, and a choice's options, each of whose ids and labels a record's value
// must name one option alone.
#pragma once

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "id_claims.h"

namespace chibo {

void check_input(const Input& in, IdClaims& ids, Diagnostics& diags);

}  // namespace chibo
