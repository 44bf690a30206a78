#pragma once

#include "common/result.h"

#include <QByteArray>

namespace fd::x12 {

// The four delimiters of an interchange, all taken from its ISA segment.
struct Separators
{
    char element = '*';
    char repetition = '^';  // ISA11 in 5010; 0 when the interchange has none (ISA11 'U')
    char component = ':';   // ISA16
    char segment = '~';     // the character after ISA16

    bool operator==(const Separators&) const = default;

    // True when the four are distinct and none is a letter, a digit or a space, which would
    // make data and structure ambiguous.
    bool isUsable() const;
    // Whether `c` is one of the separators (data must never contain it).
    bool isSeparator(char c) const;
};

// Where the ISA segment ends and which separators it declares. `isaLength` is the number of
// characters up to and including the segment terminator (106 in a well-formed interchange).
struct IsaLayout
{
    Separators separators;
    int isaLength = 0;
};

// Reads the separators from the start of an ISA segment (`head` holds at least the first bytes
// of the interchange, without leading white space). Tolerates an ISA whose fields are not
// padded to width by counting element separators; the caller reports a wrong length.
Result<IsaLayout> detectSeparators(const QByteArray& head);

}  // namespace fd::x12
