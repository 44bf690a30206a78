#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace fd::shell {

class ActionRegistry;

// Ctrl+K: a keyboard-only list of every action the user may run. Typing filters (every word
// must appear in the category or the text); Up/Down move; Enter runs; Escape closes.
class CommandPalette final : public QFrame
{
    Q_OBJECT
public:
    CommandPalette(ActionRegistry& actions, QWidget* parent);

    // Refills the list from the registry and shows the palette at the top of the parent.
    void popup();
    void setFilter(const QString& text);
    QStringList visibleIds() const;
    QString currentId() const;

    QLineEdit* filterField() const { return m_filter; }

signals:
    void actionChosen(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void applyFilter();
    void choose();
    void moveSelection(int step);

    ActionRegistry& m_actions;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

}  // namespace fd::shell
