#include "x12/separators.h"

#include <QCoreApplication>

namespace fd::x12 {

namespace {
bool isDataChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
}
}  // namespace

bool Separators::isUsable() const
{
    const char all[] = {element, component, segment};
    for (char c : all)
        if (c == 0 || isDataChar(c))
            return false;
    if (element == component || element == segment || component == segment)
        return false;
    if (repetition != 0 && (isDataChar(repetition) || repetition == element || repetition == component
                            || repetition == segment))
        return false;
    return true;
}

bool Separators::isSeparator(char c) const
{
    return c == element || c == component || c == segment || (repetition != 0 && c == repetition);
}

Result<IsaLayout> detectSeparators(const QByteArray& head)
{
    auto fail = [](const char* text) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::x12", text));
    };
    if (!head.startsWith("ISA"))
        return fail("file does not begin with an ISA segment: not an X12 interchange");
    if (head.size() < 4)
        return fail("the ISA segment is truncated");
    IsaLayout layout;
    layout.separators.element = head.at(3);
    // ISA16 is the 16th element: find the 16th element separator, the component separator
    // follows it and the segment terminator follows that.
    int count = 0;
    int isa11 = -1;
    int pos = 3;
    for (; pos < head.size() && count < 16; ++pos) {
        if (head.at(pos) == layout.separators.element) {
            ++count;
            if (count == 11)
                isa11 = pos + 1;
        }
    }
    if (count < 16 || pos + 1 >= head.size())
        return fail("the ISA segment is truncated: it needs 16 elements and a segment terminator");
    layout.separators.component = head.at(pos);
    layout.separators.segment = head.at(pos + 1);
    layout.isaLength = pos + 2;
    const char rep = isa11 >= 0 && isa11 < head.size() ? head.at(isa11) : 'U';
    // 4010 interchanges carry the standards identifier 'U' in ISA11 instead of a separator.
    layout.separators.repetition = isDataChar(rep) ? 0 : rep;
    if (!layout.separators.isUsable())
        return fail("the ISA separators are unusable (letters, digits, spaces or duplicates)");
    return layout;
}

}  // namespace fd::x12
