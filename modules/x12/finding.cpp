#include "x12/finding.h"

#include <QCoreApplication>

namespace fd::x12 {

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::NotX12: return QStringLiteral("not_x12");
    case FindingKind::IsaLayout: return QStringLiteral("isa_layout");
    case FindingKind::UnsupportedVersion: return QStringLiteral("unsupported_version");
    case FindingKind::UnknownGuide: return QStringLiteral("unknown_guide");
    case FindingKind::InvalidSegmentId: return QStringLiteral("invalid_segment_id");
    case FindingKind::SegmentTooLong: return QStringLiteral("segment_too_long");
    case FindingKind::Truncated: return QStringLiteral("truncated");
    case FindingKind::TrailingDelimiters: return QStringLiteral("trailing_delimiters");
    case FindingKind::TooManyElements: return QStringLiteral("too_many_elements");
    case FindingKind::UnexpectedSegment: return QStringLiteral("unexpected_segment");
    case FindingKind::SegmentRepeatExceeded: return QStringLiteral("segment_repeat_exceeded");
    case FindingKind::LoopRepeatExceeded: return QStringLiteral("loop_repeat_exceeded");
    case FindingKind::RequiredSegmentMissing: return QStringLiteral("required_segment_missing");
    case FindingKind::RequiredLoopMissing: return QStringLiteral("required_loop_missing");
    case FindingKind::RequiredElementMissing: return QStringLiteral("required_element_missing");
    case FindingKind::RequiredComponentMissing: return QStringLiteral("required_component_missing");
    case FindingKind::ElementNotUsed: return QStringLiteral("element_not_used");
    case FindingKind::TooShort: return QStringLiteral("too_short");
    case FindingKind::TooLong: return QStringLiteral("too_long");
    case FindingKind::InvalidNumber: return QStringLiteral("invalid_number");
    case FindingKind::InvalidDate: return QStringLiteral("invalid_date");
    case FindingKind::InvalidTime: return QStringLiteral("invalid_time");
    case FindingKind::InvalidCode: return QStringLiteral("invalid_code");
    case FindingKind::InvalidCharacter: return QStringLiteral("invalid_character");
    case FindingKind::SyntaxRule: return QStringLiteral("syntax_rule");
    case FindingKind::EnvelopeMismatch: return QStringLiteral("envelope_mismatch");
    case FindingKind::EnvelopeStructure: return QStringLiteral("envelope_structure");
    case FindingKind::HierarchyError: return QStringLiteral("hierarchy_error");
    case FindingKind::SequenceError: return QStringLiteral("sequence_error");
    case FindingKind::NpiCheckDigit: return QStringLiteral("npi_check_digit");
    case FindingKind::AmountMismatch: return QStringLiteral("amount_mismatch");
    case FindingKind::RetiredCode: return QStringLiteral("retired_code");
    case FindingKind::ObsoleteQualifier: return QStringLiteral("obsolete_qualifier");
    }
    return QStringLiteral("unknown");
}

namespace {
// Values are shown as read, but a binary byte would garble a terminal or a JSON consumer.
QString printable(const QByteArray& value)
{
    QString out;
    const int shown = qMin<int>(value.size(), 80);
    out.reserve(shown + 3);
    for (int i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(value.at(i));
        out += (c >= 0x20 && c < 0x7f) ? QChar(c) : QChar(u'\uFFFD');
    }
    if (value.size() > shown)
        out += QStringLiteral("...");
    return out;
}
}  // namespace

QString Finding::toText() const
{
    QString where;
    if (segmentNumber > 0)
        where = QCoreApplication::translate("fd::x12", "segment %1 (%2)")
                    .arg(segmentNumber)
                    .arg(printable(segmentId));
    if (!loop.isEmpty())
        where += QCoreApplication::translate("fd::x12", " loop %1").arg(QString::fromLatin1(loop));
    if (!element.isEmpty())
        where += QCoreApplication::translate("fd::x12", " element %1").arg(QString::fromLatin1(element));
    QString text = where.trimmed();
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    if (severity == Severity::Warning)
        text += QCoreApplication::translate("fd::x12", "warning: ");
    text += message;
    if (!value.isEmpty())
        text += QCoreApplication::translate("fd::x12", "; value '%1'").arg(printable(value));
    if (!expected.isEmpty())
        text += QCoreApplication::translate("fd::x12", "; expected %1").arg(expected);
    return text;
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("severity"), severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("kind"), findingKindName(kind)},
        {QStringLiteral("segment_number"), segmentNumber},
        {QStringLiteral("segment_id"), printable(segmentId)},
        {QStringLiteral("loop"), QString::fromLatin1(loop)},
        {QStringLiteral("element"), QString::fromLatin1(element)},
        {QStringLiteral("value"), printable(value)},
        {QStringLiteral("message"), message},
        {QStringLiteral("expected"), expected},
    };
}

int errorCount(const Findings& findings)
{
    int n = 0;
    for (const auto& f : findings)
        n += f.isError() ? 1 : 0;
    return n;
}

}  // namespace fd::x12
