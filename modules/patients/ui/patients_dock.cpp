#include "patients/ui/patients_dock.h"

#include "patients/core/patients_permissions.h"
#include "patients/ui/csv_import_dialog.h"
#include "patients/ui/duplicate_review_dialog.h"
#include "patients/ui/intake_review_dialog.h"
#include "patients/ui/patient_editor.h"
#include "patients/ui/patient_search_model.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::patients::ui {

PatientsDock::PatientsDock(PatientsServices services, QWidget* parent) : QWidget(parent), m_services(std::move(services))
{
    setObjectName(QStringLiteral("fd.patients.dock"));
    if (!m_services.can(perm::kRead))
        buildDenied();
    else
        buildScreen();
}

void PatientsDock::buildDenied()
{
    auto* label = new QLabel(tr("Your role does not include looking up patients (permission \"%1\"). Ask the practice "
                                "administrator if you need it.")
                                 .arg(perm::kRead),
                             this);
    label->setObjectName(QStringLiteral("fd.patients.denied"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

void PatientsDock::buildScreen()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fd.patients.search"));
    m_search->setPlaceholderText(tr("Find a patient: name, date of birth, phone, account or member id"));
    m_search->setClearButtonEnabled(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("fd.patients.count"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fd.patients.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_new = new QPushButton(tr("&New patient"), this);
    m_new->setObjectName(QStringLiteral("fd.patients.new"));
    m_new->setToolTip(tr("Register a new patient (Ctrl+N)"));
    m_new->setEnabled(m_services.can(perm::kEdit));
    m_duplicates = new QPushButton(tr("Possible &duplicates…"), this);
    m_duplicates->setObjectName(QStringLiteral("fd.patients.duplicates"));
    m_duplicates->setVisible(m_services.merge && m_services.can(perm::kEdit));
    m_intake = new QPushButton(tr("&Intake…"), this);
    m_intake->setObjectName(QStringLiteral("fd.patients.intake"));
    m_intake->setToolTip(tr("Forms patients filled in, waiting to be accepted into their records"));
    m_intake->setVisible(m_services.intake && m_services.can(perm::kEdit));
    m_files = new QToolButton(this);
    m_files->setObjectName(QStringLiteral("fd.patients.files"));
    m_files->setText(tr("Import/Export"));
    m_files->setPopupMode(QToolButton::InstantPopup);
    auto* files = new QMenu(m_files);
    QAction* importAction = files->addAction(tr("&Import CSV…"), this, &PatientsDock::importCsv);
    importAction->setObjectName(QStringLiteral("fd.patients.importCsv"));
    importAction->setEnabled(m_services.csv && m_services.can(perm::kImport) && m_services.can(perm::kEdit));
    QAction* exportAction = files->addAction(tr("&Export CSV…"), this, &PatientsDock::exportCsv);
    exportAction->setObjectName(QStringLiteral("fd.patients.exportCsv"));
    exportAction->setEnabled(m_services.csv && m_services.can(perm::kExport));
    m_files->setMenu(files);
    m_files->setVisible(importAction->isEnabled() || exportAction->isEnabled());
    m_model = new PatientSearchModel(this);
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("fd.patients.results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_editor = new PatientEditor(m_services, this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_duplicates);
    top->addWidget(m_intake);
    top->addWidget(m_files);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_message);
    listLayout->addWidget(m_results, 1);
    listLayout->addWidget(m_count);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("fd.patients.splitter"));
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    // Room for a handful of results above the record.
    m_results->setMinimumHeight(m_results->verticalHeader()->defaultSectionSize() * 4
                                + m_results->horizontalHeader()->sizeHint().height());
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {  // the clear button
            m_debounce->stop();
            searchNow();
        }
    });
    connect(m_debounce, &QTimer::timeout, this, &PatientsDock::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &PatientsDock::openCurrent);
    connect(m_results, &QTableView::activated, this, &PatientsDock::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &PatientsDock::newPatient);
    connect(m_duplicates, &QPushButton::clicked, this, &PatientsDock::showDuplicates);
    connect(m_intake, &QPushButton::clicked, this, &PatientsDock::showIntake);
    connect(m_editor, &PatientEditor::openRequested, this, [this](const QString& id) { openPatient(id); });
    connect(m_editor, &PatientEditor::saved, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            searchNow();
    });
    setFocusProxy(m_search);
}

void PatientsDock::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PatientsDock::searchNow()
{
    if (!m_search)
        return;
    m_debounce->stop();
    showMessage({});
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_model->clear();
        m_count->clear();
        return;
    }
    PatientSearchOptions options;
    options.limit = 50;
    auto hits = m_services.search->search(text, options);
    if (!hits) {
        m_model->clear();
        m_count->clear();
        showMessage(hits.error().message);
        return;
    }
    const int n = int(hits->size());
    m_model->setHits(std::move(hits.value()));
    m_count->setText(n == 0 ? tr("No patient matches \"%1\".").arg(text)
                            : (n >= options.limit ? tr("The first %1 matches; type more to narrow them.").arg(n)
                                                  : (n == 1 ? tr("1 patient found.") : tr("%1 patients found.").arg(n))));
    m_results->resizeColumnsToContents();
    if (n > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void PatientsDock::openCurrent()
{
    if (!m_search)
        return;
    if (m_debounce->isActive())
        searchNow();  // Enter typed faster than the debounce
    const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0;
    if (const PatientSummary* s = m_model->summaryAt(row))
        openPatient(s->id);
}

bool PatientsDock::breakGlass(const QString& patientId)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Restricted record"),
        tr("This record is restricted. Opening it is emergency access: it is recorded in the audit trail and "
           "reviewed by the office manager.\nReason:"),
        {}, &ok);
    if (!ok)
        return false;
    if (Status granted = m_services.access->breakGlass(patientId, reason.trimmed()); !granted) {
        showMessage(granted.error().message);
        return false;
    }
    return true;
}

bool PatientsDock::openPatient(const QString& patientId)
{
    if (!m_editor || patientId.isEmpty())
        return false;
    showMessage({});
    const int row = m_model->rowOf(patientId);
    const PatientSummary* summary = m_model->summaryAt(row);
    const bool restricted = summary && summary->restricted;
    if (restricted && !m_services.can(perm::kRestricted) && !m_services.access->hasBrokenGlassFor(patientId)
        && !breakGlass(patientId))
        return false;
    Status opened = m_editor->open(patientId);
    if (!opened && opened.error().code == ErrorCode::PermissionDenied && !restricted
        && !m_services.access->hasBrokenGlassFor(patientId) && opened.error().details == patientId) {
        // Restricted since the search ran: ask now.
        if (!breakGlass(patientId))
            return false;
        opened = m_editor->open(patientId);
    }
    if (!opened) {
        showMessage(opened.error().message);
        return false;
    }
    if (row >= 0)
        m_results->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void PatientsDock::newPatient()
{
    if (!m_editor || !m_services.can(perm::kEdit))
        return;
    showMessage({});
    m_editor->newPatient();
}

void PatientsDock::saveCurrent()
{
    if (m_editor && m_editor->hasPatient())
        m_editor->save();
}

void PatientsDock::focusSearch()
{
    if (!m_search)
        return;
    m_search->setFocus();
    m_search->selectAll();
}

void PatientsDock::showDuplicates()
{
    if (!m_services.merge)
        return;
    DuplicateReviewDialog dialog(m_services, this);
    connect(&dialog, &DuplicateReviewDialog::recordsChanged, this, [this] {
        searchNow();
        if (m_editor->hasPatient() && !m_editor->isNew() && !m_editor->open(m_editor->patient().id))
            m_editor->close();  // merged away
    });
    dialog.exec();
}

void PatientsDock::showIntake()
{
    if (!m_services.intake || !m_services.can(perm::kEdit))
        return;
    IntakeReviewDialog dialog(m_services, this);
    connect(&dialog, &IntakeReviewDialog::recordsChanged, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            searchNow();
    });
    dialog.exec();
}

void PatientsDock::importCsv()
{
    if (!m_services.csv || !m_services.can(perm::kImport) || !m_services.can(perm::kEdit))
        return;
    CsvImportDialog dialog(m_services, this);
    dialog.exec();
    if (dialog.report())
        searchNow();
    if (dialog.reviewRequested())
        showDuplicates();
}

void PatientsDock::exportCsv()
{
    if (!m_services.csv || !m_services.can(perm::kExport))
        return;
    QFileDialog dialog(this, tr("Export patients to a CSV file"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("CSV files (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.selectFile(tr("patients.csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (exportCsvTo(path))
        QMessageBox::information(this, tr("Export patients"),
                                 tr("The patients were written to %1. The file holds patient information: keep it "
                                    "where only those who need it can read it.")
                                     .arg(QDir::toNativeSeparators(path)));
}

bool PatientsDock::exportCsvTo(const QString& path)
{
    if (!m_services.csv)
        return false;
    showMessage({});
    auto written = exportPatientCsvFile(*m_services.csv, path);
    if (!written) {
        showMessage(written.error().details.isEmpty()
                        ? written.error().message
                        : tr("%1: %2").arg(written.error().message, written.error().details));
        return false;
    }
    return true;
}

bool PatientsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            if (m_debounce->isActive())
                searchNow();
            if (m_model->rowCount() > 0) {
                m_results->setFocus();
                if (!m_results->currentIndex().isValid())
                    m_results->setCurrentIndex(m_model->index(0, 0));
                m_results->selectRow(m_results->currentIndex().row());
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Escape
            || (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0)) {
            focusSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace fd::patients::ui
