#include "patients/ui/duplicate_warning_dialog.h"

#include "patients/ui/patient_form_widgets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::patients::ui {

QString DuplicateWarningDialog::reasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameNameAndBirthDate:
        return tr("same name and date of birth");
    case DuplicateReason::PhoneticNameAndBirthDate:
        return tr("similar-sounding name, same date of birth");
    case DuplicateReason::SamePhone:
        return tr("same phone number");
    case DuplicateReason::SameMemberId:
        return tr("same insurance member id");
    }
    return {};
}

DuplicateWarningDialog::DuplicateWarningDialog(const std::vector<DuplicateCandidate>& candidates, QWidget* parent)
    : QDialog(parent), m_candidates(candidates), m_table(new QTableWidget(int(candidates.size()), 4, this))
{
    setObjectName(QStringLiteral("fd.patients.duplicateWarning"));
    setWindowTitle(tr("Possible duplicate"));
    auto* intro = new QLabel(tr("This patient may already be registered. Open the existing record, or save the new "
                                "one anyway: it is then listed for review under Possible duplicates."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Name"), tr("Date of birth"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(m_candidates.size()); ++row) {
        const DuplicateCandidate& c = m_candidates[size_t(row)];
        QStringList reasons;
        for (DuplicateReason r : c.reasons)
            reasons << reasonText(r);
        const QStringList cells{c.accountNumber, c.displayName, dateText(c.birthDate), reasons.join(QStringLiteral("; "))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(0);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open existing"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("fd.patients.duplicate.open"));
    QPushButton* save = buttons->addButton(tr("&Save as new patient"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("fd.patients.duplicate.save"));
    buttons->addButton(QDialogButtonBox::Cancel);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &DuplicateWarningDialog::openSelected);
    connect(save, &QPushButton::clicked, this, &DuplicateWarningDialog::saveAnyway);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, &DuplicateWarningDialog::openSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 280);
}

QString DuplicateWarningDialog::chosenPatientId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_candidates.size()) ? m_candidates[size_t(row)].patientId : QString();
}

void DuplicateWarningDialog::saveAnyway()
{
    m_choice = SaveAnyway;
    accept();
}

void DuplicateWarningDialog::openSelected()
{
    if (chosenPatientId().isEmpty())
        return;
    m_choice = OpenExisting;
    accept();
}

}  // namespace fd::patients::ui
