#pragma once

#include <QByteArray>
#include <QList>

namespace fd::x12 {

// One segment as read or to be written: its id and the raw text of each element, with the
// component and repetition separators kept inside the element text.
struct Segment
{
    QByteArray id;
    QList<QByteArray> elements;  // elements[0] is element 01
    qint64 number = 0;           // position in the file, ISA = 1 (0 for segments being built)
    char componentSeparator = ':';
    char repetitionSeparator = '^';

    // Element `pos` (1-based); empty when absent.
    QByteArray element(int pos) const
    {
        return pos >= 1 && pos <= elements.size() ? elements.at(pos - 1) : QByteArray();
    }
    // Component `comp` (1-based) of element `pos`; component 1 of a simple element is itself.
    QByteArray component(int pos, int comp) const;
    // The repetitions of element `pos` (one entry for a non-repeated element).
    QList<QByteArray> repetitions(int pos) const;
    // "NM1*85", the id and the first element: how guides and people name a segment.
    QByteArray label() const;

    // Same id and elements; where a segment sits in a file is not part of its value.
    bool operator==(const Segment& o) const { return id == o.id && elements == o.elements; }

    static Segment make(const QByteArray& id, const QList<QByteArray>& elements)
    {
        Segment s;
        s.id = id;
        s.elements = elements;
        return s;
    }
};

}  // namespace fd::x12
