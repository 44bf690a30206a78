#include "accounts/render/receipt_document.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace fd::accounts::render {

namespace {

const QString kDateFormat = QStringLiteral("MM/dd/yyyy");
const QString kTimeFormat = QStringLiteral("MM/dd/yyyy h:mm AP");
constexpr qreal kMarginMm = 18;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value, bool strong = false)
{
    return QStringLiteral("<tr><td style='color:#555555; padding-right:16px;'>%1</td><td>%2</td></tr>")
        .arg(esc(label), strong ? QStringLiteral("<b>%1</b>").arg(esc(value)) : esc(value));
}

QString banner(const QString& text, const QString& color)
{
    return QStringLiteral("<table width='100%' cellpadding='8' cellspacing='0' style='margin-top:8px;'>"
                          "<tr><td style='background-color:%2; color:#ffffff; font-weight:bold; font-size:12pt;'>"
                          "%1</td></tr></table>")
        .arg(esc(text), color);
}

}  // namespace

ReceiptDocument::ReceiptDocument(Receipt receipt) : m_receipt(std::move(receipt))
{
    m_document.setDocumentMargin(0);
    m_document.setDefaultStyleSheet(QStringLiteral("body { font-size: 10pt; } h3 { font-size: 11pt; margin-top: 14px; "
                                                   "margin-bottom: 4px; } th { text-align: left; color: #555555; }"));
    m_document.setHtml(html());
}

QString ReceiptDocument::methodText(const QString& method)
{
    if (method == QStringLiteral("cash"))
        return tr("Cash");
    if (method == QStringLiteral("check"))
        return tr("Check");
    if (method == QStringLiteral("card"))
        return tr("Card");
    if (method == QStringLiteral("eft"))
        return tr("Electronic transfer");
    return method;
}

QString ReceiptDocument::referenceLabel(const QString& method)
{
    if (method == QStringLiteral("check"))
        return tr("Check no.");
    if (method == QStringLiteral("card"))
        return tr("Card reference");
    return tr("Reference");
}

QString ReceiptDocument::html() const
{
    return QStringLiteral("<html><body>") + headerHtml() + bannersHtml() + paymentHtml() + appliedHtml()
           + balanceHtml() + QStringLiteral("</body></html>");
}

QString ReceiptDocument::headerHtml() const
{
    const Receipt& r = m_receipt;
    QString practice = QStringLiteral("<span style='font-size:15pt; font-weight:bold;'>%1</span>").arg(esc(r.practiceName));
    for (const QString& line : r.practiceAddress)
        practice += QStringLiteral("<br/>") + esc(line);
    if (!r.practicePhone.isEmpty())
        practice += QStringLiteral("<br/>") + esc(tr("Phone %1").arg(r.practicePhone));
    const QString title = r.copy == ReceiptCopy::Reprint ? tr("PAYMENT RECEIPT — COPY") : tr("PAYMENT RECEIPT");
    const QString received = QStringLiteral("%1 %2").arg(r.receivedAt.toString(kTimeFormat), r.timeZoneAbbreviation);
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                          "<td valign='top'>%1</td>"
                          "<td valign='top' align='right'><span style='font-size:14pt; font-weight:bold;'>%2</span>"
                          "<br/>%3<br/>%4</td></tr></table><hr/>")
        .arg(practice, esc(title), esc(tr("Receipt no. %1").arg(r.number)), esc(received));
}

QString ReceiptDocument::bannersHtml() const
{
    const Receipt& r = m_receipt;
    QString html;
    if (r.copy == ReceiptCopy::Reprint)
        html += banner(tr("COPY — reprinted %1 %2 by %3. This is not a new payment.")
                           .arg(r.printedAt.toString(kTimeFormat), r.printedAt.timeZoneAbbreviation(), r.printedBy),
                       QStringLiteral("#5f6b7a"));
    if (r.reversed)
        html += banner(tr("REVERSED on %1: %2. This payment no longer counts toward the account.")
                           .arg(r.reversedAt.toString(kTimeFormat), r.reversalReason),
                       QStringLiteral("#b3261e"));
    return html;
}

QString ReceiptDocument::paymentHtml() const
{
    const Receipt& r = m_receipt;
    QString rows = row(tr("Patient"), r.patientName, true) + row(tr("Account no."), r.accountNumber);
    if (!r.guarantorName.isEmpty())
        rows += row(tr("Guarantor"), r.guarantorName);
    rows += row(tr("Amount received"), r.amount.toDisplay(), true) + row(tr("Method"), methodText(r.method));
    if (!r.reference.isEmpty())
        rows += row(referenceLabel(r.method), r.reference);
    if (r.paymentDate.isValid() && r.paymentDate != r.receivedAt.date())
        rows += row(tr("Payment date"), r.paymentDate.toString(kDateFormat));
    rows += row(tr("Received by"), r.receivedBy);
    return QStringLiteral("<table cellspacing='0' cellpadding='3' style='margin-top:10px;'>%1</table>").arg(rows);
}

QString ReceiptDocument::appliedHtml() const
{
    const Receipt& r = m_receipt;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Applied to")));
    if (!r.appliedTo.empty()) {
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th>"
                               "<th align='right'>%4</th></tr>")
                    .arg(esc(tr("Date of service")), esc(tr("Code")), esc(tr("Service")), esc(tr("Applied")));
        for (const ReceiptLine& line : r.appliedTo)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td></tr>")
                        .arg(esc(line.serviceDate.toString(kDateFormat)), esc(line.code), esc(line.description),
                             esc(line.applied.toDisplay()));
        html += QStringLiteral("</table>");
    }
    if (!r.unapplied.isZero())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 unapplied credit, to be applied to the visit's charges.").arg(r.unapplied.toDisplay())));
    return html;
}

QString ReceiptDocument::balanceHtml() const
{
    const Receipt& r = m_receipt;
    QString rows = row(tr("Insurance pending"), r.insuranceAfter.toDisplay())
                   + row(tr("You owe"), r.patientAfter.toDisplay(), true);
    if (!r.creditAfter.isZero())
        rows += row(tr("Unapplied credit"), r.creditAfter.toDisplay());
    rows += row(tr("Account balance"), r.totalAfter().toDisplay());
    return QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>%2</table>"
                          "<p style='margin-top:18px; color:#555555;'>%3</p>")
        .arg(esc(tr("Your account after this payment")), rows,
             esc(tr("Thank you. Please keep this receipt for your records.")));
}

void ReceiptDocument::print(QPagedPaintDevice* device)
{
    m_document.print(device);
}

QByteArray ReceiptDocument::pdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
        writer.setTitle(tr("Payment receipt %1").arg(m_receipt.number));
        writer.setCreator(QStringLiteral("Frontdesk"));
        print(&writer);
    }
    return bytes;
}

QImage ReceiptDocument::image(int width)
{
    const int margin = width / 14;
    std::unique_ptr<QTextDocument> copy(m_document.clone());
    copy->setTextWidth(width - 2 * margin);
    const int height = int(copy->size().height()) + 2 * margin;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(margin, margin);
    copy->drawContents(&painter);
    painter.end();
    return image;
}

Status writeReceiptFile(ReceiptDocument& document, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QStringLiteral("pdf")) {
        bytes = document.pdf();
    } else if (suffix == QStringLiteral("png")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!document.image().save(&buffer, "PNG"))
            return makeError(ErrorCode::Internal, ReceiptDocument::tr("The receipt's picture could not be encoded."));
    } else {
        return makeError(ErrorCode::InvalidInput,
                         ReceiptDocument::tr("A receipt is saved as .pdf or .png; \"%1\" ends otherwise.").arg(path),
                         QStringLiteral("out"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, ReceiptDocument::tr("Could not write the receipt to %1: %2").arg(path, file.errorString()),
                         path);
    return {};
}

}  // namespace fd::accounts::render
