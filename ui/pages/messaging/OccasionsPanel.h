// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Background.h"
#include "messaging/Messaging.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidgetItem;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// The Occasions tab: which message goes out on a birthday, a marriage anniversary, before
// points expire and on a tier change (sent by the daily jobs), and what went out lately.
class OccasionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OccasionsPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    bool save();

    static QString kindName(Core::OccasionKind kind);

private:
    struct Row
    {
        Core::OccasionKind kind;
        QCheckBox *enabled;
        QComboBox *message;
        QSpinBox *days;
    };

    void reloadList();
    void retrySelected();
    QTableWidgetItem *selectedMessage() const; // column 0 of the chosen row

    UiContext &m_context;
    QList<Row> m_rows;
    QLabel *m_status;
    QCheckBox *m_failedOnly;
    QPushButton *m_retry;
    QTableWidget *m_recent;
    Background m_background; // a Retry now talks to the mail server or SMS gateway
};

} // namespace Club::Ui
