/// The layout of a data directory; see layout.hpp.
#include "store/layout.hpp"

#include "store/complaint_store.hpp"
#include "store/derived.hpp"
#include "store/fee_store.hpp"
#include "store/key_store.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/move_store.hpp"
#include "store/opinion_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"
#include "store/survey_store.hpp"
#include "store/visit_store.hpp"

namespace kefu {

namespace {

constexpr std::string_view kTopLevel[] = {
    "kefu.yaml", "calendar.yaml", "units",     "complaints", "repairs",        "specials",
    "contacts",  "keys",          "keyloans",  "fees",       "opinions",       "surveys",
    "moves",     "renovations",   "shifts",    "visitors",   "loans",          "visits",
    "patrols",   "lost",          "templates", "hooks",      derived::kFolder, ".gitignore"};

}  // namespace

std::span<const std::string_view> top_level_names() {
  return kTopLevel;
}

std::vector<IndexedFolder> indexed_folders() {
  return {ComplaintRepository::folder(),  RepairRepository::folder(), Repository<Contact>::folder(),
          KeyLoanRepository::folder(),    KeyRegister::folder(),      FeeStore::bill_folder(),
          FeeStore::payment_folder(),     FeeStore::dun_folder(),     OpinionRepository::folder(),
          SpecialRepository::folder(),    SurveyRepository::folder(), MoveRepository::folder(),
          RenovationRepository::folder(), DutyRepository::folder(),   VisitorRepository::folder(),
          ItemLoanRepository::folder(),   VisitRepository::folder(),  PatrolRepository::folder(),
          LostRepository::folder()};
}

}  // namespace kefu
