// The note under a field whose entry was refused names what was typed: the field shows
// its value again, so without it a user who typed fast or pasted would not see what was
// refused. Invisible characters are written out, long entries shortened.
#include "ui_state.hpp"

#include "ui/structure.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

TEST_CASE("a refused number entry: the note names what was typed and why; the field keeps its value") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const FieldRef kental = test::field(state, "/odt/toezicht/3/kental");
  const auto before = number_at(*state.programme, kental);
  REQUIRE_FALSE(test::type(state, "/odt/toezicht/3/kental", "12,,5"));
  CHECK(number_at(*state.programme, kental) == before);
  REQUIRE(state.field_error.field == kental);
  CHECK(refusal_note_text(state.field_error) == "Geweigerd ('12,,5'): " + state.field_error.message);
  CHECK_FALSE(state.field_error.message.empty());

  // A later entry that is taken clears the note.
  REQUIRE(test::type(state, "/odt/toezicht/3/kental", "23"));
  CHECK_FALSE(state.field_error.field.has_value());
}

TEST_CASE("a refused entry with invisible characters or of great length is shown written out and shortened") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  // Two cells pasted from a spreadsheet into one number field: the tab and line breaks written out.
  REQUIRE_FALSE(test::type(state, "/odt/toezicht/3/kental", "12\t13\r\n"));
  CHECK(refusal_note_text(state.field_error).starts_with("Geweigerd ('12\\u{0009}13\\u{000D}\\u{000A}'): "));

  // A name with a direction override is refused by the text check, and shown harmless.
  const FieldRef name = test::field(state, "/afdelingen/0/naam");
  REQUIRE_FALSE(edit_text(state, name, "Toe\u202Ezicht"));
  CHECK(refusal_note_text(state.field_error).starts_with("Geweigerd ('Toe\\u{202E}zicht'): "));

  // Forty-one characters typed, the wrong one last: the first 15, an ellipsis and the last 14.
  REQUIRE_FALSE(test::type(state, "/odt/toezicht/3/kental", std::string(40, '9') + "x"));
  CHECK(refusal_note_text(state.field_error)
            .starts_with("Geweigerd ('" + std::string(15, '9') + "…" + std::string(13, '9') + "x'): "));
}

TEST_CASE("a refusal without typed text reads as before") {
  FieldError error;
  error.message = "vul een getal in";
  CHECK(refusal_note_text(error) == "Geweigerd: vul een getal in");
}
