#pragma once

#include <QByteArray>
#include <QWidget>

class QPushButton;
class QToolButton;

namespace fd::practice::ui {
class FieldErrors;
}

namespace fd::patients::ui {

// A picture the record keeps (the patient's photo, an insurance card side): a thumbnail, a
// button to take it from a file and one to remove it. A file is checked by the registry's own
// image check (PNG or JPEG, at most 5 MiB) before it is taken; a refusal shows at the field's
// error label (`key`, as the core names the field: "photo", "card_front"). Clicking the
// thumbnail shows the picture larger. The bytes stay in memory: nothing is written to disk.
class ImageField final : public QWidget
{
    Q_OBJECT
public:
    ImageField(const QString& key, const QString& chooseText, const QString& viewTitle,
               const QSize& thumbnailSize, practice::ui::FieldErrors& errors,
               QWidget* parent = nullptr);

    const QByteArray& image() const { return m_image; }
    void setImage(const QByteArray& image);
    // Reads and checks the file; false (with the message at the field) when it is refused.
    bool setImageFromFile(const QString& path);
    void clear();

    QToolButton* thumbnail() const { return m_thumbnail; }
    QPushButton* removeButton() const { return m_remove; }
    // The larger view the thumbnail opens (modal); nothing when there is no picture.
    void showLarger();

signals:
    void changed();

private:
    void choose();
    void refresh();

    QString m_key;
    QString m_viewTitle;
    QSize m_thumbnailSize;
    practice::ui::FieldErrors& m_errors;
    QByteArray m_image;
    QToolButton* m_thumbnail;
    QPushButton* m_choose;
    QPushButton* m_remove;
};

}  // namespace fd::patients::ui
