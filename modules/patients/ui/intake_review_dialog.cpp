#include "patients/ui/intake_review_dialog.h"

#include "patients/core/patients_permissions.h"
#include "patients/ui/patient_form_widgets.h"
#include "practice/ui/practice_table_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {

using Choice = IntakeDecision::Choice;

QString timeText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

bool isFlag(const QString& field)
{
    const intake::FieldSpec* spec = intake::field(field);
    return spec && spec->type == intake::ValueType::Boolean;
}

}  // namespace

// A yes/no field's value ("true"/"false", as the core holds it) as the desk reads it.
QString IntakeReviewDialog::shownValue(const QString& field, const QString& value)
{
    if (!isFlag(field))
        return value;
    if (value == QLatin1String("true"))
        return tr("Yes");
    if (value == QLatin1String("false"))
        return tr("No");
    return value;
}

// The value to save from what the Value cell shows: Yes/No (translated or not) back to
// true/false; anything else as typed, for the core to accept or refuse with the field named.
QString IntakeReviewDialog::storedValue(const QString& field, const QString& text)
{
    if (!isFlag(field))
        return text;
    const QString t = text.trimmed();
    const auto is = [&t](const QString& word) { return t.compare(word, Qt::CaseInsensitive) == 0; };
    if (is(tr("Yes")) || is(QStringLiteral("yes")) || is(QStringLiteral("true")))
        return QStringLiteral("true");
    if (is(tr("No")) || is(QStringLiteral("no")) || is(QStringLiteral("false")))
        return QStringLiteral("false");
    return text;
}

IntakeReviewDialog::IntakeReviewDialog(PatientsServices services, QWidget* parent)
    : QDialog(parent),
      m_services(std::move(services)),
      m_model(new practice::ui::PracticeTableModel(
          {tr("Submitted"), tr("Name"), tr("Date of birth"), tr("Match")}, this)),
      m_view(new QTableView(this)),
      m_fields(new QTableWidget(this)),
      m_target(new QLabel(this)),
      m_message(new QLabel(this)),
      m_import(new QPushButton(tr("&Import intake file…"), this)),
      m_pick(new QPushButton(tr("Choose &patient…"), this)),
      m_asNew(new QPushButton(tr("As &new patient"), this)),
      m_accept(new QPushButton(tr("&Accept"), this)),
      m_reject(new QPushButton(tr("&Reject…"), this))
{
    setObjectName(QStringLiteral("fd.patients.intakeReview"));
    setWindowTitle(tr("Digital intake"));
    m_view->setObjectName(QStringLiteral("fd.patients.intake.queue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_fields->setObjectName(QStringLiteral("fd.patients.intake.fields"));
    m_fields->setColumnCount(6);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("On the record"), tr("Submitted"),
                                         tr("Use"), tr("Value to save"), tr("Problem")});
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_target->setObjectName(QStringLiteral("fd.patients.intake.target"));
    m_message->setObjectName(QStringLiteral("fd.patients.intake.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_import->setObjectName(QStringLiteral("fd.patients.intake.import"));
    m_import->setVisible(m_services.can(perm::kImport));
    m_pick->setObjectName(QStringLiteral("fd.patients.intake.pick"));
    m_asNew->setObjectName(QStringLiteral("fd.patients.intake.asNew"));
    m_accept->setObjectName(QStringLiteral("fd.patients.intake.accept"));
    m_reject->setObjectName(QStringLiteral("fd.patients.intake.reject"));
    m_accept->setToolTip(tr("Write the chosen values to the record"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Forms waiting for review"), this));
    top->addStretch();
    top->addWidget(m_import);
    auto* targetRow = new QHBoxLayout;
    auto* compareLabel = new QLabel(tr("Compare with:"), this);
    targetRow->addWidget(compareLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_pick);
    targetRow->addWidget(m_asNew);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(targetRow);
    detailLayout->addWidget(m_fields, 1);
    detailLayout->addWidget(
        new QLabel(tr("Ctrl+K keeps the value on the record, Ctrl+T takes the submitted one, "
                      "F2 or typing corrects it."),
                   this));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reject, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { select(index.row()); });
    connect(m_import, &QPushButton::clicked, this, &IntakeReviewDialog::chooseFile);
    connect(m_pick, &QPushButton::clicked, this, &IntakeReviewDialog::choosePatient);
    connect(m_asNew, &QPushButton::clicked, this, [this] { compareWith(QStringLiteral("new")); });
    connect(m_accept, &QPushButton::clicked, this, &IntakeReviewDialog::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectCurrent(); });
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != Value)
            return;
        auto* use = qobject_cast<QComboBox*>(m_fields->cellWidget(item->row(), Use));
        const QString current = m_fields->item(item->row(), Current)->text();
        const QString submitted = m_fields->item(item->row(), Submitted)->text();
        if (use && item->text() != current && item->text() != submitted) {
            m_filling = true;
            use->setCurrentIndex(use->findData(int(Choice::Correct)));
            m_filling = false;
        }
    });
    const auto rowShortcut = [this](QKeySequence keys, Choice choice) {
        auto* shortcut =
            new QShortcut(keys, m_fields, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, choice] {
            if (m_fields->currentRow() >= 0)
                setChoice(m_fields->currentRow(), choice);
        });
    };
    rowShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), Choice::KeepCurrent);
    rowShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), Choice::TakeSubmitted);
    auto* edit = new QShortcut(QKeySequence(Qt::Key_F2), m_fields, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(edit, &QShortcut::activated, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->editItem(m_fields->item(m_fields->currentRow(), Value));
    });
    resize(1000, 700);
    reload();
}

void IntakeReviewDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void IntakeReviewDialog::reload()
{
    showError({});
    m_intakes.clear();
    m_review.reset();
    if (!m_services.intake) {
        showError(tr("The intake queue is not available."));
        updateButtons();
        return;
    }
    auto list = m_services.intake->list(IntakeStatus::Pending);
    if (list)
        m_intakes = std::move(list.value());
    else
        showError(list.error().message);
    std::vector<practice::ui::PracticeTableModel::Row> rows;
    for (const IntakeSummary& s : m_intakes)
        rows.push_back(
            {s.id,
             {timeText(s.submittedAt.isValid() ? s.submittedAt : s.receivedAt), s.displayName,
              dateText(s.birthDate),
              s.matchedPatientId.isEmpty() ? tr("New patient")
                                           : tr("%1 (#%2)").arg(s.matchedName, s.matchedAccount)}});
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
    m_fields->setRowCount(0);
    m_target->clear();
    if (!m_intakes.empty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void IntakeReviewDialog::select(int row)
{
    if (row < 0 || row >= int(m_intakes.size()))
        return;
    compareWith(m_intakes[size_t(row)].matchedPatientId.isEmpty()
                    ? QStringLiteral("new")
                    : m_intakes[size_t(row)].matchedPatientId);
}

void IntakeReviewDialog::compareWith(const QString& patientId)
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= int(m_intakes.size()))
        return;
    showError({});
    // Opening the patient for the comparison is an audited read (done by the core).
    auto review = m_services.intake->review(m_intakes[size_t(row)].id, patientId);
    if (!review) {
        showError(review.error().message);
        return;
    }
    m_review = std::move(review.value());
    m_targetId = m_review->comparedWith;
    if (m_targetId.isEmpty()) {
        m_target->setText(tr("New patient"));
    } else {
        QString name = m_targetId;
        for (const DuplicateCandidate& c : m_review->candidates)
            if (c.patientId == m_targetId)
                name = tr("%1 (#%2)").arg(c.displayName, c.accountNumber);
        if (m_targetId == m_review->summary.matchedPatientId)
            name =
                tr("%1 (#%2)").arg(m_review->summary.matchedName, m_review->summary.matchedAccount);
        m_target->setText(name);
    }
    fillFields();
    updateButtons();
}

void IntakeReviewDialog::fillFields()
{
    m_filling = true;
    m_fields->setRowCount(0);
    m_fields->setRowCount(int(m_review->fields.size()));
    for (int row = 0; row < int(m_review->fields.size()); ++row) {
        const IntakeFieldComparison& f = m_review->fields[size_t(row)];
        auto* name = readOnly(f.label);
        name->setData(Qt::UserRole, f.field);
        m_fields->setItem(row, Field, name);
        m_fields->setItem(row, Current, readOnly(shownValue(f.field, f.current)));
        m_fields->setItem(row, Submitted, readOnly(shownValue(f.field, f.submitted)));
        m_fields->setItem(row, Problem, readOnly({}));
        auto* use = new QComboBox(m_fields);
        use->addItem(tr("Keep"), int(Choice::KeepCurrent));
        use->addItem(tr("Take"), int(Choice::TakeSubmitted));
        use->addItem(tr("Edit"), int(Choice::Correct));
        const bool take = !f.submitted.isEmpty();
        use->setCurrentIndex(take ? 1 : 0);
        m_fields->setCellWidget(row, Use, use);
        m_fields->setItem(row, Value,
                          new QTableWidgetItem(shownValue(f.field, take ? f.submitted : f.current)));
        if (f.differs() && !f.current.isEmpty() && !f.submitted.isEmpty())
            for (int col : {Current, Submitted})
                m_fields->item(row, col)->setFont([&] {
                    QFont bold = m_fields->font();
                    bold.setBold(true);
                    return bold;
                }());
        connect(use, &QComboBox::currentIndexChanged, this, [this, use] {
            if (m_filling)
                return;
            for (int r = 0; r < m_fields->rowCount(); ++r)
                if (m_fields->cellWidget(r, Use) == use) {
                    setChoice(r, Choice(use->currentData().toInt()));
                    return;
                }
        });
    }
    m_fields->resizeColumnsToContents();
    m_fields->setColumnWidth(Value, std::max(m_fields->columnWidth(Value), 180));
    m_filling = false;
}

int IntakeReviewDialog::rowOf(const QString& field) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row)
        if (m_fields->item(row, Field)->data(Qt::UserRole).toString() == field)
            return row;
    return -1;
}

void IntakeReviewDialog::setChoice(int row, Choice choice, const QString& corrected)
{
    if (row < 0 || row >= m_fields->rowCount())
        return;
    m_filling = true;
    auto* use = qobject_cast<QComboBox*>(m_fields->cellWidget(row, Use));
    use->setCurrentIndex(use->findData(int(choice)));
    auto* value = m_fields->item(row, Value);
    if (choice == Choice::KeepCurrent)
        value->setText(m_fields->item(row, Current)->text());
    else if (choice == Choice::TakeSubmitted)
        value->setText(m_fields->item(row, Submitted)->text());
    else if (!corrected.isNull())
        value->setText(corrected);
    m_filling = false;
    if (choice == Choice::Correct && corrected.isNull()) {
        m_fields->setCurrentCell(row, Value);
        m_fields->editItem(value);
    }
}

std::vector<IntakeDecision> IntakeReviewDialog::decisions() const
{
    std::vector<IntakeDecision> out;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto* use = qobject_cast<QComboBox*>(m_fields->cellWidget(row, Use));
        const QString field = m_fields->item(row, Field)->data(Qt::UserRole).toString();
        out.push_back({field, Choice(use->currentData().toInt()),
                       storedValue(field, m_fields->item(row, Value)->text())});
    }
    return out;
}

void IntakeReviewDialog::showFieldError(const Error& error)
{
    const int row = rowOf(error.details);
    if (row < 0) {
        showError(error.message);
        return;
    }
    showError(tr("The intake was not accepted; see the marked field."));
    auto* problem = m_fields->item(row, Problem);
    problem->setText(error.message);
    problem->setForeground(QColor(0xb3, 0x26, 0x1e));
    for (int col : {Field, Problem})
        m_fields->item(row, col)->setBackground(QColor(0xfd, 0xe7, 0xe9));
    m_fields->setCurrentCell(row, Value);
    m_fields->scrollToItem(problem);
    m_fields->setFocus();
}

bool IntakeReviewDialog::acceptCurrent()
{
    if (!m_review)
        return false;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        m_fields->item(row, Problem)->setText({});
        for (int col : {Field, Problem})
            m_fields->item(row, col)->setBackground(QBrush());
    }
    auto accepted = m_services.intake->accept(
        m_review->summary.id, m_targetId.isEmpty() ? QStringLiteral("new") : m_targetId,
        decisions());
    if (!accepted) {
        showFieldError(accepted.error());
        return false;
    }
    emit recordsChanged();
    reload();
    return true;
}

bool IntakeReviewDialog::rejectCurrent(const QString& reason)
{
    if (!m_review)
        return false;
    QString why = reason;
    if (why.isEmpty()) {
        bool ok = false;
        why = QInputDialog::getText(this, tr("Reject intake"), tr("Why is this intake rejected?"),
                                    QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    auto rejected = m_services.intake->reject(m_review->summary.id, why);
    if (!rejected) {
        showError(rejected.error().message);
        return false;
    }
    reload();
    return true;
}

bool IntakeReviewDialog::importFile(const QString& path)
{
    auto imported = m_services.intake->importFile(path);
    if (!imported) {
        showError(imported.error().message);
        return false;
    }
    reload();
    const int row = m_model->rowOf(imported->id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void IntakeReviewDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import intake file"), {},
                                                      tr("Intake forms (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void IntakeReviewDialog::choosePatient()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Choose patient"), tr("Name, date of birth, phone or account number:"),
        QLineEdit::Normal, m_review ? m_review->summary.displayName : QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    auto hits = m_services.search->search(text.trimmed());
    if (!hits) {
        showError(hits.error().message);
        return;
    }
    if (hits->empty()) {
        showError(tr("No patient matches \"%1\".").arg(text.trimmed()));
        return;
    }
    QStringList labels;
    for (const auto& h : hits.value())
        labels << tr("%1 (#%2), born %3")
                      .arg(h.patient.displayName, h.patient.accountNumber,
                           dateText(h.patient.birthDate));
    const QString picked =
        QInputDialog::getItem(this, tr("Choose patient"), tr("Patient:"), labels, 0, false, &ok);
    if (ok)
        compareWith(hits->at(size_t(labels.indexOf(picked))).patient.id);
}

void IntakeReviewDialog::updateButtons()
{
    const bool open = m_review.has_value();
    const bool edit = m_services.can(perm::kEdit);
    m_accept->setEnabled(open && edit);
    m_reject->setEnabled(open && edit);
    m_pick->setEnabled(open && m_services.search);
    m_asNew->setEnabled(open && !m_targetId.isEmpty());
}

}  // namespace fd::patients::ui
