#include "accounts/ui/receipt_printing.h"

#include "accounts/render/receipt_document.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace fd::accounts::ui {

Result<bool> ReceiptPrinting::run(Output output, const render::ReceiptSources& sources, const QString& entryId,
                                  render::ReceiptCopy copy, QWidget* parent)
{
    render::ReceiptBuilder builder(sources);
    auto receipt = builder.build(entryId, copy);
    FD_TRY(receipt);
    render::ReceiptDocument document(receipt.value());
    QString destination;
    switch (output) {
    case Output::Printer: {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setDocName(tr("Receipt %1").arg(receipt->number));
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print Receipt"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        document.print(&printer);
        destination = printer.outputFileName().isEmpty() ? QStringLiteral("printer") : QStringLiteral("pdf");
        break;
    }
    case Output::Preview: {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setDocName(tr("Receipt %1").arg(receipt->number));
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(tr("Receipt %1").arg(receipt->number));
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [&document](QPrinter* target) { document.print(target); });
        if (preview.exec() != QDialog::Accepted)
            return false;  // looked at, not printed
        destination = QStringLiteral("printer");
        break;
    }
    case Output::Pdf: {
        const QString path = QFileDialog::getSaveFileName(
            parent, tr("Save Receipt as PDF"), QDir::home().filePath(tr("receipt-%1.pdf").arg(receipt->number)),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        FD_TRY(render::writeReceiptFile(document, path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                                                      ? path
                                                      : path + QStringLiteral(".pdf")));
        destination = QStringLiteral("pdf");
        break;
    }
    }
    FD_TRY(builder.recordPrinted(receipt.value(), destination));
    return true;
}

}  // namespace fd::accounts::ui
