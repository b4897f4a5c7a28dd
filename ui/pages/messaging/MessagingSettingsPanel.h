// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Background.h"
#include "messaging/Messaging.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// The Settings tab of the Messaging page: the email server (SMTP), the SMS gateway with
// its presets, the language messages are written in, and a test message on each channel.
class MessagingSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MessagingSettingsPanel(UiContext &context, QWidget *parent = nullptr);

    void load();
    Core::MessagingSettings draft() const;
    bool save();
    // Sends a test message on the channel with the settings on screen (saved first).
    void sendTest(Core::Channel channel);
    bool testBusy() const { return m_test.busy(); }

private:
    void applyPreset(const QString &preset);

    UiContext &m_context;
    FieldErrors *m_errors;
    QComboBox *m_language;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_fromName;
    QLineEdit *m_caFile;
    QComboBox *m_preset;
    QLineEdit *m_url;
    QComboBox *m_method;
    QPlainTextEdit *m_body;
    QLineEdit *m_contentType;
    QLineEdit *m_authName;
    QLineEdit *m_authValue;
    QLineEdit *m_apiKey;
    QLineEdit *m_sender;
    QSpinBox *m_successStatus;
    QLineEdit *m_successField;
    QLineEdit *m_successValue;
    QLineEdit *m_successRegex;
    QLineEdit *m_testEmail;
    QLineEdit *m_testMobile;
    // Secrets are never shown again: an empty field over a stored one keeps it.
    bool m_passwordStored = false;
    bool m_authValueStored = false;
    bool m_apiKeyStored = false;
    QPushButton *m_save;
    QLabel *m_status;
    Background m_test;
};

} // namespace Club::Ui
