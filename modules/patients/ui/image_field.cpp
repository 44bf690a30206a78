#include "patients/ui/image_field.h"

#include "patients/core/patient_validation.h"
#include "practice/ui/field_errors.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::patients::ui {

namespace {
// The registry takes at most 5 MiB; one byte more is enough for its check to say "too large"
// without reading a huge file wholly into memory.
constexpr qint64 kReadLimit = 5 * 1024 * 1024 + 1;
}  // namespace

ImageField::ImageField(const QString& key, const QString& chooseText, const QString& viewTitle,
                       const QSize& thumbnailSize, practice::ui::FieldErrors& errors,
                       QWidget* parent)
    : QWidget(parent),
      m_key(key),
      m_viewTitle(viewTitle),
      m_thumbnailSize(thumbnailSize),
      m_errors(errors),
      m_thumbnail(new QToolButton(this)),
      m_choose(new QPushButton(chooseText, this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(key);
    m_thumbnail->setObjectName(key + QStringLiteral(".thumbnail"));
    m_choose->setObjectName(key + QStringLiteral(".choose"));
    m_remove->setObjectName(key + QStringLiteral(".remove"));
    m_thumbnail->setFixedSize(thumbnailSize + QSize(8, 8));
    m_thumbnail->setIconSize(thumbnailSize);
    m_thumbnail->setToolTip(tr("Click to see it larger"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnail, 0, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_choose, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_errors.labelFor(key, this), 3, 0, 1, 3);
    connect(m_thumbnail, &QToolButton::clicked, this, &ImageField::showLarger);
    connect(m_choose, &QPushButton::clicked, this, &ImageField::choose);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_errors.clearAt(m_key);
        clear();
        emit changed();
    });
    refresh();
}

void ImageField::setImage(const QByteArray& image)
{
    m_image = image;
    refresh();
}

void ImageField::clear()
{
    setImage({});
}

bool ImageField::setImageFromFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.showAt(m_key, tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(kReadLimit);
    if (bytes.isEmpty()) {
        m_errors.showAt(m_key, tr("%1 is empty.").arg(name));
        return false;
    }
    if (Status valid = checkImage(bytes, m_key); !valid) {
        m_errors.showAt(m_key, tr("%1: %2").arg(name, valid.error().message));
        return false;
    }
    // The check reads the first bytes only; a damaged file would save but never show.
    if (QImage::fromData(bytes).isNull()) {
        m_errors.showAt(
            m_key,
            tr("%1 looks like a PNG or JPEG file but cannot be read as a picture.").arg(name));
        return false;
    }
    m_errors.clearAt(m_key);
    setImage(bytes);
    emit changed();
    return true;
}

void ImageField::choose()
{
    const QString path = QFileDialog::getOpenFileName(
        this, m_choose->text().remove(QLatin1Char('&')), {}, tr("Pictures (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setImageFromFile(path);
}

void ImageField::refresh()
{
    const QImage image = m_image.isEmpty() ? QImage() : QImage::fromData(m_image);
    if (image.isNull()) {
        m_thumbnail->setIcon({});
        m_thumbnail->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_thumbnail->setText(m_image.isEmpty() ? tr("None") : tr("Cannot be shown"));
    } else {
        m_thumbnail->setText({});
        m_thumbnail->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_thumbnail->setIcon(QPixmap::fromImage(
            image.scaled(m_thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_thumbnail->setEnabled(!image.isNull());
    m_remove->setEnabled(!m_image.isEmpty());
}

void ImageField::showLarger()
{
    QPixmap pixmap;
    if (m_image.isEmpty() || !pixmap.loadFromData(m_image))
        return;
    QDialog view(this);
    view.setObjectName(QStringLiteral("fd.patients.imageView"));
    view.setWindowTitle(m_viewTitle);
    // At its own size when it fits, else scaled down to most of the screen.
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.8 : QSize(1024, 768);
    if (pixmap.width() > room.width() || pixmap.height() > room.height())
        pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    auto* picture = new QLabel(&view);
    picture->setObjectName(QStringLiteral("fd.patients.imageView.picture"));
    picture->setPixmap(pixmap);
    picture->setAlignment(Qt::AlignCenter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &view);
    connect(buttons, &QDialogButtonBox::rejected, &view, &QDialog::reject);
    auto* layout = new QVBoxLayout(&view);
    layout->addWidget(picture, 1);
    layout->addWidget(buttons);
    view.exec();
}

}  // namespace fd::patients::ui
