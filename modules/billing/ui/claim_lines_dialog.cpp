#include "billing/ui/claim_lines_dialog.h"

#include "billing/ui/billing_services.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::billing::ui {

ClaimLinesDialog::ClaimLinesDialog(const Claim& claim, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("fd.billing.claims.lineStatusDialog"));
    setWindowTitle(tr("Status of Service Lines"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Claim %1: choose the service lines to ask the payer about.").arg(claim.claimNumber));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("fd.billing.claims.lineStatusList"));
    for (const ClaimLine& l : claim.lines) {
        const QDate day = l.serviceDate.isValid() ? l.serviceDate : claim.serviceDate;
        auto* item = new QListWidgetItem(tr("Line %1: %2, %3, %4")
                                             .arg(l.lineNumber)
                                             .arg(BillingText::code(l.code, l.modifiers, l.units),
                                                  BillingText::date(day), BillingText::money(l.amount)),
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, l.id);
    }
    layout->addWidget(m_list);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Ask the payer"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ClaimLinesDialog::updateOk);
    updateOk();
}

QStringList ClaimLinesDialog::chosenLineIds() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ClaimLinesDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenLineIds().isEmpty());
}

}  // namespace fd::billing::ui
