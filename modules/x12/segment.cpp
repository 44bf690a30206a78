#include "x12/segment.h"

#include "x12/segment_key.h"

namespace fd::x12 {

QByteArray Segment::component(int pos, int comp) const
{
    if (comp < 1 || pos < 1 || pos > elements.size())
        return {};
    const QByteArray& value = elements.at(pos - 1);
    qsizetype start = 0;
    for (int i = 1; i < comp; ++i) {
        const qsizetype next = findByte(value, componentSeparator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const qsizetype end = findByte(value, componentSeparator, start);
    if (start == 0 && end < 0)
        return value;  // a simple element: shared, not copied
    return QByteArray(value.constData() + start, (end < 0 ? value.size() : end) - start);
}

QList<QByteArray> Segment::repetitions(int pos) const
{
    const QByteArray value = element(pos);
    if (repetitionSeparator == 0 || !value.contains(repetitionSeparator))
        return {value};
    return value.split(repetitionSeparator);
}

QByteArray Segment::label() const
{
    const QByteArray first = component(1, 1);
    return first.isEmpty() ? id : id + '*' + first;
}

}  // namespace fd::x12
