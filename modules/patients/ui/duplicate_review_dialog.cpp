#include "patients/ui/duplicate_review_dialog.h"

#include "patients/core/patients_permissions.h"
#include "patients/ui/duplicate_warning_dialog.h"
#include "patients/ui/patient_form_widgets.h"
#include "patients/ui/patient_search_model.h"
#include "practice/ui/practice_table_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {

QString addressText(const practice::Address& a)
{
    QStringList parts{a.line1, a.line2, a.city, QStringLiteral("%1 %2").arg(a.state, a.zip).trimmed()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QStringList compareLines(const Patient& p)
{
    QStringList phones;
    for (const Phone& phone : p.phones)
        phones << phone.number;
    return {p.accountNumber, p.displayName(), p.preferredName, dateText(p.birthDate), sexCode(p.sex),
            addressText(p.address), phones.join(QStringLiteral(", ")), p.email,
            PatientSearchModel::statusText(statusId(p.status)), p.alert};
}

}  // namespace

DuplicateReviewDialog::DuplicateReviewDialog(PatientsServices services, QWidget* parent)
    : QDialog(parent),
      m_services(std::move(services)),
      m_filter(new QComboBox(this)),
      m_model(new practice::ui::PracticeTableModel({tr("New record"), tr("Existing record"), tr("Why"), tr("Found")}, this)),
      m_view(new QTableView(this)),
      m_compare(new QTableWidget(this)),
      m_message(new QLabel(this)),
      m_keepFirst(new QRadioButton(this)),
      m_keepSecond(new QRadioButton(this)),
      m_merge(new QPushButton(tr("&Merge…"), this)),
      m_dismiss(new QPushButton(tr("&Not the same person"), this)),
      m_undo(new QPushButton(tr("&Undo merge"), this))
{
    setObjectName(QStringLiteral("fd.patients.duplicateReview"));
    setWindowTitle(tr("Possible duplicates"));
    m_filter->addItem(tr("Waiting for review"), QStringLiteral("open"));
    m_filter->addItem(tr("Merged"), QStringLiteral("merged"));
    m_filter->addItem(tr("Dismissed"), QStringLiteral("dismissed"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_compare->setColumnCount(2);
    m_compare->setRowCount(10);
    m_compare->setVerticalHeaderLabels({tr("Account"), tr("Name"), tr("Preferred name"), tr("Date of birth"), tr("Sex"),
                                        tr("Address"), tr("Phones"), tr("Email"), tr("Status"), tr("Alert")});
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_merge->setObjectName(QStringLiteral("fd.patients.review.merge"));
    m_dismiss->setObjectName(QStringLiteral("fd.patients.review.dismiss"));
    m_undo->setObjectName(QStringLiteral("fd.patients.review.undo"));
    m_keepFirst->setChecked(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_filter);
    top->addStretch();
    auto* keep = new QHBoxLayout;
    keep->addWidget(new QLabel(tr("Keep:"), this));
    keep->addWidget(m_keepFirst);
    keep->addWidget(m_keepSecond);
    keep->addStretch();
    auto* compareBox = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_compare);
    compareLayout->addLayout(keep);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(compareBox);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DuplicateReviewDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { select(index.row()); });
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeSelected(); });
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicateReviewDialog::dismissSelected);
    connect(m_undo, &QPushButton::clicked, this, &DuplicateReviewDialog::undoSelected);
    resize(900, 640);
    reload();
}

void DuplicateReviewDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DuplicateReviewDialog::reload()
{
    showError({});
    m_reviews.clear();
    auto reviews = m_services.merge->reviews(m_filter->currentData().toString());
    if (reviews.ok())
        m_reviews = std::move(reviews.value());
    else
        showError(reviews.error().message);
    // Summaries come from the list the registry keeps; a row is not a read of the record.
    QHash<QString, QString> names;
    const auto nameOf = [&](const QString& id) {
        if (!names.contains(id)) {
            auto p = m_services.patients->get(id);
            names.insert(id, p.ok() ? QStringLiteral("%1 (#%2)").arg(p->displayName(), p->accountNumber) : id.left(8));
        }
        return names.value(id);
    };
    std::vector<practice::ui::PracticeTableModel::Row> rows;
    for (const DuplicateReview& r : m_reviews) {
        QStringList reasons;
        for (DuplicateReason reason : r.reasons)
            reasons << DuplicateWarningDialog::reasonText(reason);
        rows.push_back({r.id,
                        {nameOf(r.patientId), nameOf(r.candidateId), reasons.join(QStringLiteral("; ")),
                         dateText(r.createdAt.toLocalTime().date())}});
    }
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
    m_compare->clearContents();
    if (!m_reviews.empty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

const DuplicateReview* DuplicateReviewDialog::current() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < int(m_reviews.size()) ? &m_reviews[size_t(row)] : nullptr;
}

void DuplicateReviewDialog::select(int row)
{
    if (row >= 0 && row < int(m_reviews.size()))
        compare(m_reviews[size_t(row)]);
    updateButtons();
}

void DuplicateReviewDialog::compare(const DuplicateReview& review)
{
    m_compare->clearContents();
    const QString ids[2] = {review.patientId, review.candidateId};
    for (int col = 0; col < 2; ++col) {
        auto p = m_services.patients->get(ids[col]);
        const QStringList lines = p.ok() ? compareLines(p.value()) : QStringList{p.error().message};
        for (int row = 0; row < lines.size(); ++row)
            m_compare->setItem(row, col, new QTableWidgetItem(lines[row]));
        const QString title = p.ok() ? QStringLiteral("#%1").arg(p->accountNumber) : QString();
        m_compare->setHorizontalHeaderItem(col, new QTableWidgetItem(col == 0 ? tr("New record %1").arg(title)
                                                                              : tr("Existing record %1").arg(title)));
        (col == 0 ? m_keepFirst : m_keepSecond)->setText(title.isEmpty() ? tr("this record") : title);
    }
    m_keepSecond->setChecked(true);  // the older record usually carries the history
}

void DuplicateReviewDialog::updateButtons()
{
    const DuplicateReview* r = current();
    const bool open = r && r->status == QLatin1String("open");
    m_merge->setEnabled(open && m_services.can(perm::kMerge));
    m_dismiss->setEnabled(open && m_services.can(perm::kEdit));
    m_undo->setVisible(m_services.can(perm::kMergeUndo));
    m_undo->setEnabled(r && r->status == QLatin1String("merged") && !r->mergeId.isEmpty());
    m_keepFirst->setEnabled(open);
    m_keepSecond->setEnabled(open);
}

bool DuplicateReviewDialog::mergeSelected(const QString& givenReason)
{
    const DuplicateReview* r = current();
    if (!r || r->status != QLatin1String("open"))
        return false;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Merge records"),
                                       tr("The other record is folded into the one you keep; an administrator can "
                                          "undo it. Reason:"),
                                       QLineEdit::Normal, tr("Same person registered twice"), &ok);
        if (!ok)
            return false;
    }
    const bool keepNew = m_keepFirst->isChecked();
    const QString survivor = keepNew ? r->patientId : r->candidateId;
    const QString loser = keepNew ? r->candidateId : r->patientId;
    auto merged = m_services.merge->merge(survivor, loser, reason.trimmed());
    if (!merged) {
        showError(merged.error().message);
        return false;
    }
    reload();
    emit recordsChanged();
    return true;
}

bool DuplicateReviewDialog::dismissSelected()
{
    const DuplicateReview* r = current();
    if (!r)
        return false;
    if (Status dismissed = m_services.merge->dismiss(r->id); !dismissed) {
        showError(dismissed.error().message);
        return false;
    }
    reload();
    return true;
}

bool DuplicateReviewDialog::undoSelected()
{
    const DuplicateReview* r = current();
    if (!r || r->mergeId.isEmpty())
        return false;
    auto undone = m_services.merge->undo(r->mergeId);
    if (!undone) {
        showError(undone.error().message);
        return false;
    }
    reload();
    emit recordsChanged();
    return true;
}

}  // namespace fd::patients::ui
