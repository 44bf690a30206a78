#pragma once

#include "accounts/render/receipt.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QTextDocument>

class QPagedPaintDevice;

namespace fd::accounts::render {

// A receipt laid out as a page: the same document goes to the printer, to a PDF and to a
// picture. Needs a QGuiApplication (the CLI and the shell are QApplications).
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(fd::accounts::render::ReceiptDocument)

public:
    explicit ReceiptDocument(Receipt receipt);

    const Receipt& receipt() const { return m_receipt; }
    QTextDocument& document() { return m_document; }
    // What the page says, as text (for checks and screen readers).
    QString plainText() const { return m_document.toPlainText(); }

    // Lays the receipt out on a printer's or PDF writer's pages.
    void print(QPagedPaintDevice* device);
    // A US Letter PDF.
    QByteArray pdf();
    // The receipt on white, `width` pixels wide (816: a Letter page at 96 dpi).
    QImage image(int width = 816);

    static QString methodText(const QString& method);  // "Cash", "Check", "Card"
    static QString referenceLabel(const QString& method);  // "Check no.", "Card reference"

private:
    QString html() const;
    QString headerHtml() const;
    QString bannersHtml() const;
    QString paymentHtml() const;
    QString appliedHtml() const;
    QString balanceHtml() const;

    Receipt m_receipt;
    QTextDocument m_document;
};

// Writes the receipt to `path` as a PDF (.pdf) or a PNG picture (.png), atomically; a path
// with another ending is refused, naming it.
Status writeReceiptFile(ReceiptDocument& document, const QString& path);

}  // namespace fd::accounts::render
