// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Background.h"
#include "messaging/Messaging.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// The Campaigns tab: a campaign is a segment and a message. Preview the first messages,
// send a test to one address, run it (off the UI thread, with progress) and see each
// member's status with the reason of a failure; send the failed ones again.
class CampaignsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignsPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    bool create();
    void preview();
    void testSend();
    void run(bool retry);
    bool busy() const { return m_work.busy(); }
    Core::Id currentCampaign() const;

    static QString statusName(Core::DeliveryStatus status);

private:
    void showRecipients(const QList<Core::Recipient> &rows);
    void loadRecipients();
    void setBusy(bool busy);

    UiContext &m_context;
    FieldErrors *m_errors;
    QTableWidget *m_campaigns;
    QLineEdit *m_name;
    QComboBox *m_segment;
    QComboBox *m_template;
    QLineEdit *m_testAddress;
    QPushButton *m_create;
    QPushButton *m_preview;
    QPushButton *m_test;
    QPushButton *m_run;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_recipients;
    QList<Core::Campaign> m_list;
    Background m_work;
};

} // namespace Club::Ui
