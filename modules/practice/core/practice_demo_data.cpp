#include "practice/core/practice_demo_data.h"

namespace fd::practice::demo_data {

const std::vector<DemoPayer>& payers()
{
    static const std::vector<DemoPayer> list = {
        {"Medicare Part B (National Government Services)", "13202", "MB", 365, 120, true, true, 0.52},
        {"New York Medicaid (eMedNY)", "MCDNY", "MC", 90, 60, false, true, 0.40},
        {"Illinois Medicaid (HFS)", "MCDIL", "MC", 180, 60, false, false, 0.40},
        {"Aetna", "60054", "CI", 180, 180, false, true, 0.68},
        {"UnitedHealthcare", "87726", "CI", 90, 180, false, true, 0.65},
        {"Cigna", "62308", "CI", 90, 180, false, true, 0.70},
        {"Empire BlueCross BlueShield", "00803", "BL", 90, 180, false, true, 0.66},
        {"Blue Cross and Blue Shield of Illinois", "00621", "BL", 180, 180, false, false, 0.66},
        {"Humana Medicare Advantage", "61101", "16", 365, 60, false, false, 0.55},
        {"Oxford Health Plans", "06111", "CI", 90, 180, false, false, 0.64},
        {"EmblemHealth", "55247", "HM", 120, 180, false, false, 0.60},
        {"Fidelis Care", "11315", "MC", 90, 60, false, false, 0.45},
        {"Molina Healthcare", "20149", "MC", 180, 90, false, false, 0.45},
        {"WellCare", "14163", "16", 180, 60, false, false, 0.54},
        {"Oscar Health", "OSCAR", "CI", 90, 180, false, false, 0.62},
        {"Ambetter", "68069", "CI", 180, 180, false, false, 0.58},
        {"Meritain Health", "41124", "CI", 365, 180, false, false, 0.70},
        {"UMR", "39026", "CI", 90, 180, false, false, 0.65},
        {"GEHA", "44054", "FI", 365, 180, false, false, 0.69},
        {"TRICARE East", "99726", "CH", 365, 90, false, false, 0.55},
        {"VA Community Care Network", "TWVACCN", "VA", 180, 90, false, false, 0.52},
        {"New York State Insurance Fund", "NYSIF1", "WC", 120, 90, false, false, 0.75},
        {"Self-pay", "", "09", 365, 365, false, false, 1.0},
    };
    return list;
}

const std::vector<DemoFee>& chargeMaster()
{
    static const std::vector<DemoFee> list = {
        {"99202", "New patient visit, straightforward", 12500},
        {"99203", "New patient visit, low complexity", 18500},
        {"99204", "New patient visit, moderate complexity", 27500},
        {"99205", "New patient visit, high complexity", 36000},
        {"99211", "Nurse visit", 4500},
        {"99212", "Office visit, straightforward", 9000},
        {"99213", "Office visit, low complexity", 13500},
        {"99214", "Office visit, moderate complexity", 19500},
        {"99215", "Office visit, high complexity", 27000},
        {"99385", "Preventive visit, new, age 18-39", 26000},
        {"99386", "Preventive visit, new, age 40-64", 29500},
        {"99387", "Preventive visit, new, 65 and over", 31500},
        {"99391", "Preventive visit, infant", 19000},
        {"99392", "Preventive visit, age 1-4", 20500},
        {"99393", "Preventive visit, age 5-11", 20500},
        {"99394", "Preventive visit, age 12-17", 22000},
        {"99395", "Preventive visit, age 18-39", 23000},
        {"99396", "Preventive visit, age 40-64", 25000},
        {"99397", "Preventive visit, 65 and over", 27000},
        {"99401", "Preventive counseling, about 15 minutes", 6500},
        {"90471", "Vaccine administration, first", 3000},
        {"90472", "Vaccine administration, each more", 2000},
        {"90686", "Flu vaccine, preservative free", 3800},
        {"96127", "Brief behavioral assessment", 2200},
        {"96372", "Injection, under skin or in muscle", 4000},
        {"36415", "Blood draw", 1800},
        {"81002", "Urine dipstick", 1200},
        {"82962", "Fingerstick glucose", 1000},
        {"85018", "Hemoglobin", 1100},
        {"87804", "Rapid flu test", 3200},
        {"87880", "Rapid strep test", 2900},
        {"93000", "ECG with reading", 6800},
        {"94010", "Spirometry", 7500},
        {"94640", "Nebulizer treatment", 4200},
        {"10060", "Abscess drainage, simple", 24000},
        {"11102", "Skin biopsy, shave", 15500},
        {"12001", "Wound repair, small", 21000},
        {"17110", "Wart removal, up to 14", 14500},
        {"20610", "Large joint injection", 16500},
        {"69210", "Earwax removal, one ear", 8500},
        {"G0438", "Annual wellness visit, first", 21000},
        {"G0439", "Annual wellness visit, later", 15500},
        {"G0008", "Flu shot administration (Medicare)", 3000},
        {"J1100", "Dexamethasone, per mg", 300},
        {"J1885", "Ketorolac, per 15 mg", 800},
        {"J3301", "Triamcinolone, per 10 mg", 900},
        {"J0696", "Ceftriaxone, per 250 mg", 1500},
    };
    return list;
}

const std::vector<DemoSite>& sites()
{
    static const std::vector<DemoSite> list = {
        {"Main Street Office", "Albany", "NY", "12207", "America/New_York", "518-555-0142"},
        {"Lakeshore Office", "Evanston", "IL", "60201", "America/Chicago", "847-555-0167"},
        {"Eastside Office", "Rochester", "NY", "14604", "America/New_York", "585-555-0118"},
        {"Prairie Office", "Naperville", "IL", "60540", "America/Chicago", "630-555-0193"},
    };
    return list;
}

const std::vector<DemoClinician>& clinicians()
{
    static const std::vector<DemoClinician> list = {
        {"MD", "207Q00000X", "Family Medicine"},
        {"DO", "207R00000X", "Internal Medicine"},
        {"NP", "363LF0000X", "Family Nurse Practitioner"},
        {"MD", "208000000X", "Pediatrics"},
        {"PA-C", "363AM0700X", "Physician Assistant"},
        {"MD", "207RG0300X", "Geriatric Medicine"},
        {"MD", "207QS0010X", "Sports Medicine"},
        {"NP", "363LA2200X", "Adult Health Nurse Practitioner"},
    };
    return list;
}

}  // namespace fd::practice::demo_data
