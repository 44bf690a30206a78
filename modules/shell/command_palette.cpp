#include "shell/command_palette.h"

#include "shell/action_registry.h"
#include "shell/icons.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace fd::shell {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

QString plainText(const QString& actionText)
{
    QString text = actionText;
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}
}  // namespace

CommandPalette::CommandPalette(ActionRegistry& actions, QWidget* parent)
    : QFrame(parent), m_actions(actions)
{
    setObjectName(QStringLiteral("fd.shell.commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type a command"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_list = new QListWidget(this);
    m_list->setFocusPolicy(Qt::NoFocus);  // the filter keeps the keyboard
    m_list->setUniformItemSizes(true);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(6, 6, 6, 6);
    box->addWidget(m_filter);
    box->addWidget(m_list);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { choose(); });
    hide();
}

void CommandPalette::reload()
{
    m_list->clear();
    for (const QString& id : m_actions.allowedIds()) {
        QAction* action = m_actions.action(id);
        if (!action || !action->isEnabled())
            continue;
        const QString category = plainText(m_actions.category(id));
        const QString text = plainText(action->text());
        QString label = category.isEmpty() ? text : tr("%1: %2").arg(category, text);
        if (!action->shortcut().isEmpty())
            label += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
        auto* item = new QListWidgetItem(action->icon(), label, m_list);
        item->setData(kIdRole, id);
        item->setData(kSearchRole, QStringLiteral("%1 %2 %3").arg(category, text, id));
    }
}

void CommandPalette::popup()
{
    reload();
    m_filter->clear();
    applyFilter();
    QWidget* host = parentWidget();
    const int width = qMin(560, host->width() - 40);
    const int height = qMin(360, host->height() - 80);
    setGeometry((host->width() - width) / 2, 48, width, height);
    show();
    raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void CommandPalette::applyFilter()
{
    const QStringList words = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString haystack = item->data(kSearchRole).toString();
        bool match = true;
        for (const QString& word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

QStringList CommandPalette::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden())
            ids << m_list->item(row)->data(kIdRole).toString();
    }
    return ids;
}

QString CommandPalette::currentId() const
{
    QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kIdRole).toString() : QString();
}

void CommandPalette::moveSelection(int step)
{
    int row = m_list->currentRow();
    for (int next = row + step; next >= 0 && next < m_list->count(); next += step) {
        if (!m_list->item(next)->isHidden()) {
            m_list->setCurrentRow(next);
            return;
        }
    }
}

void CommandPalette::choose()
{
    const QString id = currentId();
    hide();
    if (!id.isEmpty())
        emit actionChosen(id);
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    if (watched == m_filter && event->type() == QEvent::FocusOut && isVisible()
        && !isAncestorOf(QApplication::focusWidget()))
        hide();
    return QFrame::eventFilter(watched, event);
}

}  // namespace fd::shell
