#pragma once

#include "accounts/render/receipt_builder.h"

#include <QCoreApplication>

class QWidget;

namespace fd::accounts::ui {

// The receipt from the screen: to a printer (QPrintDialog), through a print preview, or to a
// PDF where the user chooses. Each print or save is audited.
class ReceiptPrinting
{
    Q_DECLARE_TR_FUNCTIONS(fd::accounts::ui::ReceiptPrinting)

public:
    enum class Output { Printer, Preview, Pdf };

    // False when the user cancelled; an error when the receipt could not be made or written.
    static Result<bool> run(Output output, const render::ReceiptSources& sources, const QString& entryId,
                            render::ReceiptCopy copy, QWidget* parent);
};

}  // namespace fd::accounts::ui
