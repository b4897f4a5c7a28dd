// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/Messaging.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
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

    UiContext &m_context;
    QList<Row> m_rows;
    QLabel *m_status;
    QTableWidget *m_recent;
};

} // namespace Club::Ui
