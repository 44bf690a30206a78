#pragma once

#include "billing/core/claim_scrubber.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace fd::billing {

// One row of a CMS NCCI procedure-to-procedure file as read.
struct NcciRow
{
    NcciEdit edit;
    bool existedBefore1996 = false;
    int line = 0;  // in the file, 1-based
};

// Reads the CMS practitioner PTP tables as CMS publishes them in text form: tab-separated
// columns Column 1, Column 2, "*" when in existence prior to 1996, effective date YYYYMMDD,
// deletion date YYYYMMDD or "*", modifier indicator 0/1/9, and the edit's rationale (ignored).
// The title and column heading lines before the first row are skipped; any bad row after that
// refuses the whole file, naming the line and the column.
class NcciParser
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::NcciParser)

public:
    static Result<std::vector<NcciRow>> parse(const QByteArray& data);
};

}  // namespace fd::billing
