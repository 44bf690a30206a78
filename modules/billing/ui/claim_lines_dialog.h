#pragma once

#include "billing/core/billing_types.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace fd::billing::ui {

// Chooses service lines of one claim to ask the payer about (a 276 with loops 2210D/E): each
// line with its number, code, date and charge, none ticked at first; OK needs one ticked.
class ClaimLinesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ClaimLinesDialog(const Claim& claim, QWidget* parent = nullptr);

    // The ticked lines' ids, in line order.
    QStringList chosenLineIds() const;
    QListWidget* list() const { return m_list; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QListWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace fd::billing::ui
