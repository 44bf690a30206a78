#include "patients/ui/csv_import_dialog.h"

#include "patients/ui/patient_csv_preview_model.h"
#include "practice/core/code_set_parser.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStringDecoder>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fd::patients::ui {

namespace {

constexpr int kSampleRows = 3;
// Enough of the file for the sample values of its first rows.
constexpr qsizetype kSampleBytes = 64 * 1024;

// The values of each column in the first records, read from the start of the file only.
QList<QStringList> sampleValues(const QByteArray& csv, QChar separator, int columns)
{
    QByteArray head = csv.left(kSampleBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);  // a character cut in two at the end is left out
    const QString text = utf8(head);
    practice::CsvReadResult read = practice::readCsv(text, separator);
    // The last record of a cut-off start may itself be cut off.
    if (csv.size() > kSampleBytes && read.records.size() > 1)
        read.records.pop_back();
    QList<QStringList> samples(columns);
    for (std::size_t i = 1; i < read.records.size() && int(i) <= kSampleRows; ++i) {
        const QStringList& cells = read.records[i].fields;
        for (int c = 0; c < columns && c < cells.size(); ++c)
            if (!cells.at(c).trimmed().isEmpty())
                samples[c] << cells.at(c).trimmed();
    }
    return samples;
}

}  // namespace

CsvImportDialog::CsvImportDialog(PatientsServices services, QWidget* parent)
    : QDialog(parent),
      m_services(std::move(services)),
      m_columns(new QTableWidget(0, 3, this)),
      m_model(new PatientCsvPreviewModel(this)),
      m_preview(new QTableView(this)),
      m_problemList(new QTableWidget(0, 3, this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_reportLabel(new QLabel(this)),
      m_review(new QPushButton(tr("&Review possible duplicates…"), this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("fd.patients.csvImport"));
    setWindowTitle(tr("Import patients from a CSV file"));
    m_summary->setObjectName(QStringLiteral("fd.patients.csvImport.summary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("fd.patients.csvImport.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_reportLabel->setObjectName(QStringLiteral("fd.patients.csvImport.report"));
    m_reportLabel->setWordWrap(true);
    m_reportLabel->hide();
    m_review->setObjectName(QStringLiteral("fd.patients.csvImport.review"));
    m_review->hide();
    m_import->setObjectName(QStringLiteral("fd.patients.csvImport.import"));
    m_import->setToolTip(tr("Import every row, or nothing if any row cannot be imported"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    auto* report = new QHBoxLayout;
    report->addWidget(m_reportLabel, 1);
    report->addWidget(m_review, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFileRow());
    layout->addWidget(buildTables(), 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(report);
    layout->addWidget(buttons);
    resize(1100, 780);

    if (auto payers = m_services.payers->list(true); payers.ok())
        for (const practice::Payer& payer : payers.value())
            m_payerNames.insert(payer.id, payer.name);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::runImport);
    connect(m_review, &QPushButton::clicked, this, [this] {
        m_reviewRequested = true;
        accept();
    });
    refresh();
}

CsvImportDialog::~CsvImportDialog() = default;

// The columns with their fields, the rows as they will be imported, and the problems.
QWidget* CsvImportDialog::buildTables()
{
    const auto rowsOnly = [](QAbstractItemView* view, const QString& name) {
        view->setObjectName(name);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    };
    rowsOnly(m_columns, QStringLiteral("fd.patients.csvImport.columns"));
    m_columns->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Sample values"), tr("Imported as")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    rowsOnly(m_preview, QStringLiteral("fd.patients.csvImport.preview"));
    m_preview->setModel(m_model);
    m_preview->verticalHeader()->hide();
    rowsOnly(m_problemList, QStringLiteral("fd.patients.csvImport.problems"));
    m_problemList->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problemList->verticalHeader()->hide();
    m_problemList->setWordWrap(false);
    m_problemList->horizontalHeader()->setStretchLastSection(true);
    m_problemList->setToolTip(tr("Double-click a problem to see its row"));
    connect(m_problemList, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { showProblem(row); });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    for (const auto& [title, view] : {std::pair<QString, QWidget*>{tr("Columns"), m_columns},
                                      {tr("Patients as they will be imported"), m_preview},
                                      {tr("Problems"), m_problemList}}) {
        auto* box = new QGroupBox(title, splitter);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(view);
        splitter->addWidget(box);
    }
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    return splitter;
}

QWidget* CsvImportDialog::buildFileRow()
{
    auto* row = new QWidget(this);
    m_file = new QLineEdit(row);
    m_file->setObjectName(QStringLiteral("fd.patients.csvImport.file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto* choose = new QPushButton(tr("Choose &file…"), row);
    choose->setObjectName(QStringLiteral("fd.patients.csvImport.chooseFile"));
    m_reload = new QPushButton(tr("Re&load"), row);
    m_reload->setObjectName(QStringLiteral("fd.patients.csvImport.reload"));
    m_reload->setToolTip(tr("Read the file again after correcting it in another program"));
    m_loadMapping = new QPushButton(tr("Load &mapping…"), row);
    m_loadMapping->setObjectName(QStringLiteral("fd.patients.csvImport.loadMapping"));
    m_saveMapping = new QPushButton(tr("&Save mapping…"), row);
    m_saveMapping->setObjectName(QStringLiteral("fd.patients.csvImport.saveMapping"));
    auto* label = new QLabel(tr("&File:"), row);
    label->setBuddy(m_file);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_file, 1);
    layout->addWidget(choose);
    layout->addWidget(m_reload);
    layout->addSpacing(12);
    layout->addWidget(m_loadMapping);
    layout->addWidget(m_saveMapping);
    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_reload, &QPushButton::clicked, this, &CsvImportDialog::reloadFile);
    connect(m_loadMapping, &QPushButton::clicked, this, &CsvImportDialog::chooseMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &CsvImportDialog::chooseMappingTarget);
    return row;
}

void CsvImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import patients"), QFileInfo(m_path).path(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CsvImportDialog::chooseMapping()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a column mapping"), QFileInfo(m_path).path(), tr("Mapping files (*.json)"));
    if (!path.isEmpty())
        loadMapping(path);
}

void CsvImportDialog::chooseMappingTarget()
{
    QFileDialog dialog(this, tr("Save the column mapping"), QFileInfo(m_path).path());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Mapping files (*.json)"));
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        saveMapping(dialog.selectedFiles().constFirst());
}

void CsvImportDialog::showError(const QString& text, const QString& details)
{
    // A refusal can list thousands of lines; the problem list holds them, this the first few.
    QStringList lines = details.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > 8) {
        const qsizetype more = lines.size() - 8;
        lines = lines.mid(0, 8);
        lines << tr("… and %1 more").arg(more);
    }
    m_message->setText(lines.isEmpty() ? text
                                       : text + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_message->setVisible(!text.isEmpty());
}

bool CsvImportDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_csv = file.readAll();
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_mapping.reset();
    m_report.reset();
    m_reviewRequested = false;
    m_reportLabel->hide();
    m_review->hide();
    refresh();
    buildColumns(sampleValues(m_csv, m_separator, int(m_headers.size())), m_columnFields);
    return !m_headers.isEmpty();
}

bool CsvImportDialog::reloadFile()
{
    if (m_path.isEmpty())
        return false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    const QStringList before = m_headers;
    QStringList chosen;  // the combo boxes as the user left them
    for (int i = 0; i < m_columns->rowCount(); ++i)
        chosen << fieldOf(i);
    m_csv = file.readAll();
    m_report.reset();
    m_reportLabel->hide();
    m_review->hide();
    refresh();
    if (m_headers != before) {
        // Other columns now: match them afresh by their headers.
        m_mapping.reset();
        refresh();
        chosen = m_columnFields;
    }
    buildColumns(sampleValues(m_csv, m_separator, int(m_headers.size())), chosen);
    return !m_headers.isEmpty();
}

void CsvImportDialog::buildColumns(const QList<QStringList>& samples, const QStringList& fields)
{
    m_columns->setRowCount(0);
    m_columns->setRowCount(int(m_headers.size()));
    const QStringList all = patientCsvFields();
    for (int i = 0; i < m_headers.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(m_headers.at(i)));
        const QString sample = samples.value(i).join(QStringLiteral(" · "));
        auto* sampleItem = new QTableWidgetItem(sample);
        sampleItem->setToolTip(samples.value(i).join(QLatin1Char('\n')));
        m_columns->setItem(i, 1, sampleItem);
        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("fd.patients.csvImport.field%1").arg(i));
        combo->addItem(tr("(ignore)"), QString());
        for (const QString& field : all)
            combo->addItem(
                QStringLiteral("%1 (%2)").arg(PatientCsvPreviewModel::fieldLabel(field), field),
                field);
        combo->setCurrentIndex(std::max(0, combo->findData(fields.value(i))));
        m_columns->setCellWidget(i, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_mapping = mappingFromCombos();
            refresh();
        });
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(2);
    updateButtons();
}

PatientCsvMapping CsvImportDialog::mappingFromCombos() const
{
    PatientCsvMapping mapping;
    for (int i = 0; i < m_columns->rowCount(); ++i)
        if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(i, 2)))
            mapping.insert(m_headers.value(i), combo->currentData().toString());
    return mapping;
}

void CsvImportDialog::selectFields(const QStringList& fields)
{
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(i, 2))) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(fields.value(i))));
        }
    }
}

void CsvImportDialog::setField(int column, const QString& field)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

QString CsvImportDialog::fieldOf(int column) const
{
    auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2));
    return combo ? combo->currentData().toString() : QString();
}

// Reads the file with the current mapping; nothing is written.
void CsvImportDialog::refresh()
{
    m_problems.clear();
    m_rowCount = 0;
    m_previewOk = false;
    showError({});
    if (m_csv.isNull()) {
        m_model->clear();
        showProblems();
        return;
    }
    if (!m_services.csv) {
        showError(tr("Importing patient files is not available in this installation."));
        return;
    }
    auto preview = m_services.csv->preview(m_csv, m_mapping);
    if (!preview) {
        m_headers.clear();
        m_columnFields.clear();
        m_model->clear();
        showError(preview.error().message, preview.error().details);
        showProblems();
        return;
    }
    m_headers = preview->headers;
    m_columnFields = preview->columnFields;
    m_separator = preview->separator;
    m_problems = std::move(preview->problems);
    m_rowCount = int(preview->rows.size());
    m_previewOk = m_problems.empty() && m_rowCount > 0;
    m_model->setRows(std::move(preview->rows), m_problems, m_payerNames);
    m_preview->resizeColumnsToContents();
    showProblems();
    if (m_previewOk) {
        QString text = m_rowCount == 1 ? tr("1 patient is ready to import.")
                                       : tr("%1 patients are ready to import.").arg(m_rowCount);
        QStringList ignored;
        for (int i = 0; i < m_headers.size(); ++i)
            if (m_columnFields.value(i).isEmpty())
                ignored << m_headers.at(i);
        if (!ignored.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Ignored columns: %1.").arg(ignored.join(QStringLiteral(", ")));
        m_summary->setText(text);
    }
}

void CsvImportDialog::showProblems()
{
    const int shown = std::min(int(m_problems.size()), kListedProblems);
    m_problemList->setRowCount(0);
    m_problemList->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const PatientCsvProblem& p = m_problems[std::size_t(i)];
        m_problemList->setItem(
            i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("file")));
        m_problemList->setItem(i, 1, new QTableWidgetItem(p.column.isEmpty() ? p.field : p.column));
        auto* message = new QTableWidgetItem(p.message);
        message->setToolTip(p.text());
        m_problemList->setItem(i, 2, message);
    }
    m_problemList->resizeColumnToContents(0);
    m_problemList->resizeColumnToContents(1);
    if (m_csv.isNull())
        m_summary->setText(
            tr("Choose the file to import: CSV (comma or semicolon separated) with a header row."));
    else if (!m_problems.empty())
        m_summary->setText(
            (m_problems.size() == 1 ? tr("1 problem") : tr("%1 problems").arg(m_problems.size())) +
            (int(m_problems.size()) > shown ? tr(" (the first %1 are listed)").arg(shown)
                                            : QString()) +
            tr(": change the mapping or correct the file and reload it. Nothing is imported while "
               "a problem "
               "remains."));
    else if (m_rowCount == 0)
        m_summary->clear();
    updateButtons();
}

void CsvImportDialog::updateButtons()
{
    const bool loaded = !m_csv.isNull();
    m_reload->setEnabled(loaded);
    m_loadMapping->setEnabled(loaded && !m_headers.isEmpty());
    m_saveMapping->setEnabled(loaded && m_columns->rowCount() > 0);
    m_import->setEnabled(m_previewOk && !m_report && m_services.csv);
}

void CsvImportDialog::showProblem(int index)
{
    if (index < 0 || index >= int(m_problems.size()))
        return;
    const PatientCsvProblem& p = m_problems[std::size_t(index)];
    const int row = m_model->rowOfFileRow(p.row);
    if (row >= 0) {
        const QModelIndex cell =
            m_model->index(row, PatientCsvPreviewModel::columnOfField(p.field));
        m_preview->selectRow(row);
        m_preview->setCurrentIndex(cell);
        m_preview->scrollTo(cell);
        return;
    }
    // A problem of the header or the mapping: point at the column.
    const qsizetype column = m_headers.indexOf(p.column);
    if (column >= 0) {
        m_columns->selectRow(int(column));
        m_columns->scrollToItem(m_columns->item(int(column), 0));
    }
}

bool CsvImportDialog::loadMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto mapping = parsePatientCsvMapping(file.readAll(), QFileInfo(path).fileName());
    if (!mapping) {
        showError(mapping.error().message, mapping.error().details);
        return false;
    }
    m_mapping = mapping.value();
    refresh();
    selectFields(m_columnFields);
    return true;
}

bool CsvImportDialog::saveMapping(const QString& path)
{
    QJsonObject object;
    const PatientCsvMapping mapping = mappingFromCombos();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        object.insert(it.key(), it.value());
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showError(tr("The mapping could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool CsvImportDialog::runImport()
{
    if (!m_previewOk || m_report || !m_services.csv)
        return false;
    // The rows are written in one transaction; the core reports each 250 rows written.
    QProgressDialog progress(tr("Importing %1 patients…").arg(m_rowCount), QString(), 0, std::max(1, m_rowCount), this);
    progress.setObjectName(QStringLiteral("fd.patients.csvImport.progress"));
    progress.setWindowTitle(tr("Import patients"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto report = m_services.csv->importCsv(m_csv, m_mapping, QFileInfo(m_path).fileName(),
                                            [&progress](int written, int total) {
                                                progress.setMaximum(std::max(1, total));
                                                progress.setValue(written);
                                                QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                                            });
    progress.close();
    if (!report) {
        const Error error = report.error();
        refresh();  // the file or the registry may have changed since the preview
        showError(error.message, error.details);
        return false;
    }
    m_report = report.value();
    m_reportLabel->setText(tr("Imported from %1: %2 patients, %3 insurance coverages; %4 new "
                              "account numbers were given. Possible "
                              "duplicates queued for review: %5.")
                               .arg(QFileInfo(m_path).fileName())
                               .arg(m_report->patients)
                               .arg(m_report->coverages)
                               .arg(m_report->accountNumbersAllocated)
                               .arg(m_report->duplicatesQueued));
    m_reportLabel->show();
    m_review->setVisible(m_report->duplicatesQueued > 0 && m_services.merge);
    m_summary->setText(tr("The file was imported."));
    updateButtons();
    return true;
}

Result<qint64> exportPatientCsvFile(IPatientCsvTransfer& transfer, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, CsvImportDialog::tr("%1 cannot be written").arg(shown),
                         file.errorString());
    // Owner-only before a byte is written: the file holds PHI.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         CsvImportDialog::tr("%1 cannot be made private to you").arg(shown),
                         file.errorString());
    }
    auto count = transfer.exportCsv(file);
    if (!count) {
        file.cancelWriting();
        return count.error();
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, CsvImportDialog::tr("%1 cannot be written").arg(shown),
                         file.errorString());
    return count;
}

}  // namespace fd::patients::ui
