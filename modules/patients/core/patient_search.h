#pragma once

#include "common/result.h"
#include "patients/core/patient_hooks.h"
#include "patients/core/patients.h"

#include <vector>

namespace fd::patients {

// How a result matched, best first: results are ranked by it, then by name.
enum class MatchRank { Exact = 0, Prefix = 1, Nickname = 2, Phonetic = 3 };

// What a query was read as; a query can be several at once ("1234": last four of a phone and
// an account number prefix).
enum class MatchField { Name, BirthDate, Phone, AccountNumber, MemberId };

struct PatientSearchHit
{
    PatientSummary patient;
    MatchRank rank = MatchRank::Exact;
    MatchField field = MatchField::Name;
    PatientActivity activity;  // from the IPatientActivity sources, when any
};

struct PatientSearchOptions
{
    int limit = 25;
    bool includeInactive = true;  // the front desk also looks up former patients
    bool withActivity = true;
};

// Search-as-you-type. Understands:
//  - names: a prefix of the last or first name ("smi"), "last, first" ("smi, jo"),
//    "first last" ("john smith"), nicknames ("bob" finds Robert), Soundex sound-alikes of
//    the last name (from three letters on); accents and case are folded ("Muñoz" = "munoz");
//  - a date of birth: 1980-03-07, 03/07/1980, 3/7/80 (years up to this one are 20xx, later
//    ones 19xx), 03071980;
//  - a phone number (ten digits in any punctuation) or its last four digits;
//  - an account number (exact or prefix) and a coverage member id (exact).
// Each kind is a few lookups in an index maintained with every change, so a keystroke costs a
// few milliseconds on a large practice. Needs patients.read; a result row is not audited
// (opening the record is).
class IPatientSearch
{
public:
    virtual ~IPatientSearch() = default;
    virtual Result<std::vector<PatientSearchHit>> search(const QString& text, const PatientSearchOptions& options = {}) = 0;
};

}  // namespace fd::patients
