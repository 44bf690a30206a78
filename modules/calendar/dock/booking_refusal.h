#pragma once

#include "common/result.h"

#include <QStringList>

namespace fd::calendar::dock {

// What a refused booking, move or resize said: the rules' reason codes (Error::details) and
// whether an overbook could book over all of them.
struct BookingRefusal
{
    QStringList codes;
    QString message;  // the rules' plain-language reasons, one per line

    static BookingRefusal of(const Error& error);
    bool isRuleConflict() const { return !codes.isEmpty(); }
    bool overbookable() const;
};

}  // namespace fd::calendar::dock
