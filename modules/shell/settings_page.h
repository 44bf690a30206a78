#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace fd::shell {

// One page of the settings dialog. Pages edit a copy and write it in apply() (OK or Apply).
class SettingsPage : public QWidget
{
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual QIcon pageIcon() const = 0;
    virtual void apply() = 0;
};

}  // namespace fd::shell
