#include "practice/ui/code_sets_page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::practice::ui {

namespace {

constexpr int kSearchLimit = 200;  // a screenful or two; the query stops there

QTableView* makeView(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

}  // namespace

CodeSetsPage::CodeSetsPage(PracticeServices services, bool canImport, QWidget* parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_set(new QComboBox(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_text(new QLineEdit(this)),
      m_results(new PracticeTableModel({tr("Code"), tr("Description"), tr("Billable")}, this)),
      m_versions(new PracticeTableModel({tr("Version"), tr("From"), tr("Through"), tr("Codes"), tr("Source")}, this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("fd.practice.codes"));
    m_set->setObjectName(QStringLiteral("fd.practice.codes.set"));
    m_text->setObjectName(QStringLiteral("fd.practice.codes.search"));
    m_date->setObjectName(QStringLiteral("fd.practice.codes.date"));
    for (CodeSet set : allCodeSets())
        m_set->addItem(codeSetDisplayName(set), codeSetId(set));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("Date of service: codes are shown as valid on this day"));
    m_text->setPlaceholderText(tr("Code or words, e.g. E11 or diabetes"));
    m_text->setClearButtonEnabled(true);
    auto* import = new QPushButton(tr("&Import..."), this);
    import->setObjectName(QStringLiteral("fd.practice.codes.import"));
    import->setEnabled(canImport);
    connect(import, &QPushButton::clicked, this, &CodeSetsPage::askImport);
    connect(m_text, &QLineEdit::textChanged, this, &CodeSetsPage::search);
    connect(m_date, &QDateEdit::dateChanged, this, &CodeSetsPage::search);
    connect(m_set, &QComboBox::currentIndexChanged, this, [this] {
        showVersions();
        search();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_set);
    top->addWidget(m_date);
    top->addWidget(m_text, 1);
    top->addWidget(import);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(makeView(m_results, QStringLiteral("fd.practice.codes.results"), this));
    split->addWidget(makeView(m_versions, QStringLiteral("fd.practice.codes.versions"), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split);
    layout->addWidget(m_status);
    m_status->setWordWrap(true);
    showVersions();
    search();
}

CodeSet CodeSetsPage::currentSet() const
{
    auto set = codeSetFromId(m_set->currentData().toString());
    return set ? set.value() : CodeSet::Icd10Cm;
}

QString CodeSetsPage::statusText() const
{
    return m_status->text();
}

void CodeSetsPage::setSearch(CodeSet set, const QString& text, const QDate& date)
{
    m_set->setCurrentIndex(m_set->findData(codeSetId(set)));
    m_date->setDate(date);
    m_text->setText(text);
    search();
}

void CodeSetsPage::search()
{
    const QString text = m_text->text().trimmed();
    // Something that looks like the start of a code is a prefix; anything else, words.
    static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z]?[0-9][0-9A-Za-z.]*$|^[A-Za-z][0-9]"));
    const bool prefix = text.isEmpty() || codeLike.match(text).hasMatch();
    auto found = prefix ? m_services.codes->searchPrefix(currentSet(), text, m_date->date(), kSearchLimit)
                        : m_services.codes->searchText(currentSet(), text, m_date->date(), kSearchLimit);
    if (!found) {
        m_status->setText(found.error().message);
        m_results->setRows({});
        return;
    }
    std::vector<PracticeTableModel::Row> rows;
    for (const CodeMatch& m : found.value())
        rows.push_back({m.entry.code, {m.displayCode, m.entry.description, m.entry.billable ? tr("yes") : tr("heading")}});
    m_status->setText(rows.size() >= std::size_t(kSearchLimit) ? tr("Showing the first %1 codes; type more to narrow.").arg(kSearchLimit)
                                                                : tr("%n code(s)", nullptr, int(rows.size())));
    m_results->setRows(std::move(rows));
}

void CodeSetsPage::showVersions()
{
    auto versions = m_services.codes->versions(currentSet());
    std::vector<PracticeTableModel::Row> rows;
    if (versions)
        for (const CodeSetVersion& v : versions.value())
            rows.push_back({QString::number(v.id), {v.version, v.effectiveFrom.toString(Qt::ISODate),
                                                    v.effectiveTo.isValid() ? v.effectiveTo.toString(Qt::ISODate) : QString(),
                                                    QString::number(v.codeCount), v.source}});
    m_versions->setRows(std::move(rows));
}

Status CodeSetsPage::importFile(CodeSet set, const QString& version, const QDate& effectiveFrom, const QString& path)
{
    auto imported = m_services.codes->importFile(set, version, effectiveFrom, path);
    if (!imported) {
        const Error& e = imported.error();
        m_status->setText(e.details.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.details);
        return e;
    }
    showVersions();
    search();
    m_status->setText(tr("Imported %1 codes as version %2.").arg(imported->codeCount).arg(imported->version));
    return {};
}

void CodeSetsPage::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Code set file"));
    if (path.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import %1").arg(codeSetDisplayName(currentSet())));
    auto* version = new QLineEdit(&dialog);
    version->setPlaceholderText(tr("e.g. 2025"));
    auto* from = new QDateEdit(QDate::currentDate(), &dialog);
    from->setCalendarPopup(true);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Version"), version);
    form->addRow(tr("&Effective from"), from);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        // The status line shows how the import went.
        static_cast<void>(importFile(currentSet(), version->text().trimmed(), from->date(), path));
}

}  // namespace fd::practice::ui
