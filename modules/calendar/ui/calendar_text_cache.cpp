#include "calendar/ui/calendar_text_cache.h"

namespace fd::calendar::ui {

const QStaticText& CalendarTextCache::label(const QString& text, const QFont& font,
                                            const QFontMetrics& fm, int width)
{
    const quint32 tag = quint32(font.pointSizeF() * 64) | quint32(font.bold()) << 20 |
                        quint32(font.strikeOut()) << 21;
    Key key{text, tag, width};
    const auto found = m_labels.constFind(key);
    if (found != m_labels.constEnd())
        return *found;
    if (m_labels.size() > 50000)
        m_labels.clear();
    // Shaped once for its width; only a label that does not fit is shaped again, elided.
    const auto shape = [&](const QString& t) {
        QStaticText st(t);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), font);
        return st;
    };
    QStaticText shown = shape(text);
    if (shown.size().width() > width)
        shown = shape(fm.elidedText(text, Qt::ElideRight, width));
    return *m_labels.insert(std::move(key), std::move(shown));
}

}  // namespace fd::calendar::ui
