#pragma once

#include "common/money.h"

#include <QString>

#include <vector>

namespace fd::practice::demo_data {

// Fixed tables the demo practice draws from: fictional names with real-looking identifiers.
struct DemoPayer
{
    const char* name;
    const char* payerId;     // as a clearinghouse would list it
    const char* indicator;   // SBR09
    int timelyFilingDays;
    int appealDays;
    bool crossover;
    bool majorPayer;         // gets its own allowed-amount schedule
    double allowedFactor;    // allowed as a share of the charge master
};

struct DemoFee
{
    const char* code;
    const char* description;  // the practice's own words (CPT descriptions are licensed)
    std::int64_t cents;
};

struct DemoSite
{
    const char* name;
    const char* city;
    const char* state;
    const char* zip;
    const char* timeZone;
    const char* phone;
};

struct DemoClinician
{
    const char* credentials;
    const char* taxonomy;
    const char* specialty;
};

const std::vector<DemoPayer>& payers();
const std::vector<DemoFee>& chargeMaster();
const std::vector<DemoSite>& sites();  // Eastern first, then Central, alternating
const std::vector<DemoClinician>& clinicians();

}  // namespace fd::practice::demo_data
