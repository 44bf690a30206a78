#include "patients/ui/documents_page.h"

#include "practice/ui/practice_table_model.h"

#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {
QString kindText(const QString& kind)
{
    if (kind == QLatin1String("id_card"))
        return DocumentsPage::tr("ID card");
    if (kind == QLatin1String("insurance_card"))
        return DocumentsPage::tr("Insurance card");
    if (kind == QLatin1String("consent"))
        return DocumentsPage::tr("Consent");
    if (kind == QLatin1String("referral"))
        return DocumentsPage::tr("Referral");
    if (kind == QLatin1String("correspondence"))
        return DocumentsPage::tr("Correspondence");
    return DocumentsPage::tr("Other");
}
}  // namespace

DocumentsPage::DocumentsPage(PatientsServices services, QWidget* parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_model(new practice::ui::PracticeTableModel(
          {tr("Title"), tr("Kind"), tr("File"), tr("Size"), tr("Added")}, this)),
      m_view(new QTableView(this)),
      m_message(new QLabel(this)),
      m_attach(new QPushButton(tr("&Attach file…"), this)),
      m_open(new QPushButton(tr("&Open"), this)),
      m_save(new QPushButton(tr("&Save a copy…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("fd.patients.documents"));
    m_attach->setObjectName(QStringLiteral("fd.patients.documents.attach"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, [this] { attach(); });
    connect(m_open, &QPushButton::clicked, this, &DocumentsPage::openDocument);
    connect(m_save, &QPushButton::clicked, this, &DocumentsPage::saveCopy);
    connect(m_view, &QTableView::activated, this, &DocumentsPage::openDocument);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsPage::removeDocument);
}

void DocumentsPage::setEditable(bool editable)
{
    m_attach->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void DocumentsPage::setPatientId(const QString& patientId)
{
    m_patientId = patientId;
    reload();
}

void DocumentsPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void DocumentsPage::reload()
{
    m_message->hide();
    m_documents.clear();
    if (!m_patientId.isEmpty()) {
        if (auto list = m_services.documents->list(m_patientId); list.ok())
            m_documents = std::move(list.value());
        else
            showError(list.error().message);
    }
    std::vector<practice::ui::PracticeTableModel::Row> rows;
    for (const PatientDocument& d : m_documents)
        rows.push_back({d.id,
                        {d.title, kindText(d.kind), d.fileName, QLocale().formattedDataSize(d.size),
                         QLocale().toString(d.addedAt.toLocalTime(), QLocale::ShortFormat)}});
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
}

const PatientDocument* DocumentsPage::current() const
{
    const QString id = m_model->idAt(m_view->currentIndex().row());
    for (const PatientDocument& d : m_documents)
        if (!id.isEmpty() && d.id == id)
            return &d;
    return nullptr;
}

bool DocumentsPage::attach(const QString& path, const QString& title, const QString& kind)
{
    if (m_patientId.isEmpty())
        return false;
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(this, tr("Attach a document"), {},
                                            tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (file.isEmpty())
        return false;
    QString name = title;
    QString chosenKind = kind;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Attach a document"), tr("Title:"), QLineEdit::Normal,
                                     QFileInfo(file).completeBaseName(), &ok);
        if (!ok)
            return false;
        QStringList kinds;
        for (const QString& k : documentKinds())
            kinds << kindText(k);
        const QString picked = QInputDialog::getItem(this, tr("Attach a document"), tr("Kind:"), kinds,
                                                     int(kinds.size()) - 1, false, &ok);
        if (!ok)
            return false;
        chosenKind = documentKinds().value(int(kinds.indexOf(picked)), QStringLiteral("other"));
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(QFileInfo(file).fileName(), in.errorString()));
        return false;
    }
    auto added = m_services.documents->add(m_patientId, name.trimmed(), chosenKind, QFileInfo(file).fileName(), in.readAll());
    reload();
    if (!added) {
        showError(added.error().message);
        return false;
    }
    return true;
}

// Images open in a window of their own, straight from memory; other files (PDF) are never
// written to a temporary file, so they open by saving a copy where the user chooses.
void DocumentsPage::openDocument()
{
    const PatientDocument* d = current();
    if (!d)
        return;
    if (!d->mimeType.startsWith(QLatin1String("image/"))) {
        saveCopy();
        return;
    }
    auto content = m_services.documents->content(d->id);
    QPixmap pixmap;
    if (!content || !pixmap.loadFromData(content.value())) {
        showError(content ? tr("The image cannot be shown.") : content.error().message);
        return;
    }
    QDialog viewer(this);
    viewer.setWindowTitle(tr("Document"));
    auto* image = new QLabel(&viewer);
    image->setPixmap(pixmap);
    auto* scroll = new QScrollArea(&viewer);
    scroll->setWidget(image);
    auto* layout = new QVBoxLayout(&viewer);
    layout->addWidget(scroll);
    viewer.resize(800, 600);
    viewer.exec();
}

void DocumentsPage::saveCopy()
{
    const PatientDocument* d = current();
    if (!d)
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy"), d->fileName);
    if (target.isEmpty())
        return;
    auto content = m_services.documents->content(d->id);
    if (!content) {
        showError(content.error().message);
        return;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) != content->size() || !out.commit())
        showError(tr("The copy could not be written: %1").arg(out.errorString()));
}

void DocumentsPage::removeDocument()
{
    const PatientDocument* d = current();
    if (!d)
        return;
    if (QMessageBox::question(this, tr("Remove document"), tr("Remove \"%1\" from the patient's record?").arg(d->title))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_services.documents->remove(d->id, d->rowVersion); !removed)
        showError(removed.error().message);
    reload();
}

}  // namespace fd::patients::ui
