// The patient's photo and the insurance card pictures: taken from a file only after the
// registry's image check, refused at their field otherwise, saved with the record and read
// back through the core, removed again; a click on a thumbnail shows the picture larger.
#include "patients/core/patients.h"
#include "patients/ui/coverage_dialog.h"
#include "patients/ui/demographics_page.h"
#include "patients/ui/image_field.h"
#include "patients/ui/insurance_page.h"
#include "patients/ui/patient_editor.h"
#include "patients_ui_support.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>

using namespace fd::patients;
using namespace fd::patients::ui;
using namespace fd::patients::test;

namespace {

// A small picture in `format` ("PNG", "JPG"), written to `path`; returns its bytes.
QByteArray writePicture(const QString& path, const char* format, QColor color)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return bytes;
}

QString writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

}  // namespace

TEST_CASE("A photo is checked, saved with a new patient, shown larger and removed",
          "[patients_ui][images]")
{
    PatientsFixture fx;
    DockHarness h(fx);
    h.dock->newPatient();
    PatientEditor* editor = h.dock->editor();
    DemographicsPage* page = editor->demographics();
    ImageField* photo = page->photo();
    REQUIRE(photo);
    CHECK_FALSE(photo->removeButton()->isEnabled());

    // Not a picture: refused at the field, nothing taken.
    const QString text =
        writeBytes(fx.dir.file(QStringLiteral("notes.txt")), "Allergic to penicillin\n");
    CHECK_FALSE(photo->setImageFromFile(text));
    CHECK(
        page->errors().messageAt(QStringLiteral("photo")).contains(QStringLiteral("PNG or JPEG")));
    CHECK(page->errors().messageAt(QStringLiteral("photo")).contains(QStringLiteral("notes.txt")));
    CHECK(photo->image().isEmpty());
    // A PNG over the registry's 5 MiB: refused too.
    QByteArray huge("\x89PNG\r\n\x1a\n", 8);
    huge.append(QByteArray(6 * 1024 * 1024, '\0'));
    CHECK_FALSE(photo->setImageFromFile(writeBytes(fx.dir.file(QStringLiteral("huge.png")), huge)));
    CHECK(page->errors().messageAt(QStringLiteral("photo")).contains(QStringLiteral("5 MiB")));
    CHECK(photo->image().isEmpty());

    const QByteArray jpeg =
        writePicture(fx.dir.file(QStringLiteral("face.jpg")), "JPG", Qt::darkCyan);
    REQUIRE(photo->setImageFromFile(fx.dir.file(QStringLiteral("face.jpg"))));
    CHECK(page->errors().messageAt(QStringLiteral("photo")).isEmpty());
    CHECK_FALSE(photo->thumbnail()->icon().isNull());
    CHECK(photo->removeButton()->isEnabled());

    typeInto(page, QStringLiteral("first_name"), QStringLiteral("Rosalind"));
    typeInto(page, QStringLiteral("last_name"), QStringLiteral("Franklin"));
    typeInto(page, QStringLiteral("birth_date"), QStringLiteral("07/25/1970"));
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    REQUIRE_FALSE(editor->isNew());
    const QString id = editor->patient().id;
    auto saved = fx.service<IPatientService>()->get(id);
    REQUIRE(saved.ok());
    CHECK(saved->photo == jpeg);

    // Opened again, the photo is shown; a click shows it larger.
    editor->close();
    REQUIRE(h.dock->openPatient(id));
    CHECK(page->photo()->image() == jpeg);
    bool shown = false;
    QSize shownSize;
    whenModal<QDialog>(
        [&shownSize](QDialog* d) {
            CHECK(d->objectName() == QStringLiteral("fd.patients.imageView"));
            if (auto* picture =
                    d->findChild<QLabel*>(QStringLiteral("fd.patients.imageView.picture")))
                shownSize = picture->pixmap().size();
            d->reject();
        },
        &shown);
    QTest::mouseClick(page->photo()->thumbnail(), Qt::LeftButton);
    CHECK(shown);
    CHECK(shownSize == QSize(120, 80));

    // Removed and saved: gone from the record.
    QTest::mouseClick(page->photo()->removeButton(), Qt::LeftButton);
    CHECK(page->photo()->image().isEmpty());
    clickButton(h.dock, QStringLiteral("fd.patients.save"));
    CHECK(fx.service<IPatientService>()->get(id)->photo.isEmpty());
}

TEST_CASE("Insurance card pictures are checked, saved with the coverage and shown again",
          "[patients_ui][images]")
{
    PatientsFixture fx;
    const Patient p =
        fx.add(QStringLiteral("Chien-Shiung"), QStringLiteral("Wu"), QDate(1962, 5, 31));
    DockHarness h(fx);
    REQUIRE(h.dock->openPatient(p.id));
    PatientEditor* editor = h.dock->editor();
    editor->tabs()->setCurrentWidget(editor->insurance());
    const QByteArray front =
        writePicture(fx.dir.file(QStringLiteral("front.jpg")), "JPG", Qt::darkBlue);
    const QByteArray back =
        writePicture(fx.dir.file(QStringLiteral("back.png")), "PNG", Qt::lightGray);
    const QString pdf = writeBytes(fx.dir.file(QStringLiteral("card.pdf")), "%PDF-1.4\n%fake\n");

    bool ran = false;
    whenModal<CoverageDialog>(
        [&](CoverageDialog* d) {
            auto* payer = d->findChild<QComboBox*>(QStringLiteral("payer_id"));
            payer->setCurrentIndex(payer->findData(fx.payerId));
            typeInto(d, QStringLiteral("member_id"), QStringLiteral("WUC55501990"));
            CHECK(d->cardFront()->setImageFromFile(fx.dir.file(QStringLiteral("front.jpg"))));
            CHECK_FALSE(d->cardBack()->setImageFromFile(pdf));
            CHECK(d->errors()
                      .messageAt(QStringLiteral("card_back"))
                      .contains(QStringLiteral("PNG or JPEG")));
            CHECK(d->errors().messageAt(QStringLiteral("card_front")).isEmpty());
            CHECK(d->cardBack()->image().isEmpty());
            CHECK(d->cardBack()->setImageFromFile(fx.dir.file(QStringLiteral("back.png"))));
            CHECK(d->errors().messageAt(QStringLiteral("card_back")).isEmpty());
            d->save();
        },
        &ran);
    clickButton(editor->insurance(), QStringLiteral("fd.patients.coverage.add"));
    REQUIRE(ran);
    auto coverages = fx.service<ICoverageService>()->list(p.id);
    REQUIRE(coverages.ok());
    REQUIRE(coverages->size() == 1);
    CHECK(coverages->front().cardFront == front);
    CHECK(coverages->front().cardBack == back);

    // Editing the coverage shows both sides; removing the back saves without it.
    CoverageDialog edit(PatientsServices::from(fx.registry), coverages->front(), &h.window);
    edit.show();
    CHECK(edit.cardFront()->image() == front);
    CHECK(edit.cardBack()->image() == back);
    CHECK(edit.cardFront()->thumbnail()->isEnabled());
    QTest::mouseClick(edit.cardBack()->removeButton(), Qt::LeftButton);
    edit.save();
    CHECK(edit.result() == QDialog::Accepted);
    auto after = fx.service<ICoverageService>()->list(p.id);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->front().cardFront == front);
    CHECK(after->front().cardBack.isEmpty());
}
