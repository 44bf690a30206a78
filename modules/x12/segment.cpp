#include "x12/segment.h"

namespace fd::x12 {

QByteArray Segment::component(int pos, int comp) const
{
    const QByteArray value = element(pos);
    if (comp < 1)
        return {};
    int start = 0;
    for (int i = 1; i < comp; ++i) {
        const int next = value.indexOf(componentSeparator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    const int end = value.indexOf(componentSeparator, start);
    return value.mid(start, end < 0 ? -1 : end - start);
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
