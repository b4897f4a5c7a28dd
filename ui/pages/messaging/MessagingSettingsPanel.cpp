// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingSettingsPanel.h"

#include "UiContext.h"
#include "messaging/CampaignService.h"
#include "messaging/MessagingSettingsStore.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QLineEdit *ltrEdit(const QString &name, QWidget *parent)
{
    // Addresses, URLs and keys read left to right in any language.
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setLayoutDirection(Qt::LeftToRight);
    return edit;
}
} // namespace

MessagingSettingsPanel::MessagingSettingsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
{
    auto *inner = new QWidget(this);
    auto *columns = new QHBoxLayout(inner);

    auto *mail = new QGroupBox(tr("Email (SMTP)"), inner);
    auto *mailForm = new QFormLayout(mail);
    m_host = ltrEdit(QStringLiteral("smtpHost"), mail);
    m_port = new QSpinBox(mail);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(mail);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS"), smtpSecurityKey(Core::SmtpSettings::Security::StartTls));
    //: SMTP over TLS from the first byte (usually port 465)
    m_security->addItem(tr("TLS"), smtpSecurityKey(Core::SmtpSettings::Security::Tls));
    m_security->addItem(tr("None (not encrypted)"), smtpSecurityKey(Core::SmtpSettings::Security::None));
    m_user = ltrEdit(QStringLiteral("smtpUser"), mail);
    m_password = ltrEdit(QStringLiteral("smtpPassword"), mail);
    m_password->setEchoMode(QLineEdit::Password);
    m_from = ltrEdit(QStringLiteral("smtpFrom"), mail);
    m_fromName = new QLineEdit(mail);
    m_fromName->setObjectName(QStringLiteral("smtpFromName"));
    m_caFile = ltrEdit(QStringLiteral("smtpCaFile"), mail);
    m_caFile->setPlaceholderText(tr("Only for a server with its own certificate"));
    m_errors->addRow(mailForm, tr("Server:"), m_host, QStringLiteral("host"));
    m_errors->addRow(mailForm, tr("Port:"), m_port, QStringLiteral("port"));
    mailForm->addRow(tr("Security:"), m_security);
    mailForm->addRow(tr("User name:"), m_user);
    mailForm->addRow(tr("Password:"), m_password);
    m_errors->addRow(mailForm, tr("Sender address:"), m_from, QStringLiteral("fromAddress"));
    mailForm->addRow(tr("Sender name:"), m_fromName);
    mailForm->addRow(tr("Certificate file:"), m_caFile);
    m_testEmail = ltrEdit(QStringLiteral("testEmail"), mail);
    auto *sendEmail = new QPushButton(tr("Send a test email"), mail);
    sendEmail->setObjectName(QStringLiteral("sendTestEmail"));
    mailForm->addRow(tr("Test address:"), m_testEmail);
    mailForm->addRow(QString(), sendEmail);
    connect(sendEmail, &QPushButton::clicked, this, [this] { sendTest(Core::Channel::Email); });

    auto *sms = new QGroupBox(tr("SMS gateway"), inner);
    auto *smsForm = new QFormLayout(sms);
    m_preset = new QComboBox(sms);
    m_preset->setObjectName(QStringLiteral("smsPreset"));
    //: SMS gateway presets: an Iranian provider's REST API shape
    m_preset->addItem(tr("Kavenegar-style REST"), QStringLiteral("kavenegar"));
    m_preset->addItem(tr("SMS.ir-style JSON"), QStringLiteral("smsir"));
    m_preset->addItem(tr("Other (generic HTTP)"), QStringLiteral("generic"));
    m_url = ltrEdit(QStringLiteral("smsUrl"), sms);
    m_method = new QComboBox(sms);
    m_method->setObjectName(QStringLiteral("smsMethod"));
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("GET")});
    m_body = new QPlainTextEdit(sms);
    m_body->setObjectName(QStringLiteral("smsBody"));
    m_body->setLayoutDirection(Qt::LeftToRight);
    m_body->setMaximumHeight(70);
    m_contentType = ltrEdit(QStringLiteral("smsContentType"), sms);
    m_authName = ltrEdit(QStringLiteral("smsAuthName"), sms);
    m_authValue = ltrEdit(QStringLiteral("smsAuthValue"), sms);
    m_apiKey = ltrEdit(QStringLiteral("smsApiKey"), sms);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_sender = ltrEdit(QStringLiteral("smsSender"), sms);
    m_successStatus = new QSpinBox(sms);
    m_successStatus->setObjectName(QStringLiteral("smsSuccessStatus"));
    m_successStatus->setRange(0, 599);
    //: HTTP status 0 in the SMS settings: any 2xx answer counts
    m_successStatus->setSpecialValueText(tr("Any 2xx"));
    m_successField = ltrEdit(QStringLiteral("smsSuccessField"), sms);
    m_successValue = ltrEdit(QStringLiteral("smsSuccessValue"), sms);
    m_successRegex = ltrEdit(QStringLiteral("smsSuccessRegex"), sms);
    smsForm->addRow(tr("Provider:"), m_preset);
    m_errors->addRow(smsForm, tr("Address:"), m_url, QStringLiteral("urlTemplate"));
    smsForm->addRow(tr("Method:"), m_method);
    m_errors->addRow(smsForm, tr("Body:"), m_body, QStringLiteral("bodyTemplate"));
    smsForm->addRow(tr("Content type:"), m_contentType);
    smsForm->addRow(tr("Auth header:"), m_authName);
    smsForm->addRow(tr("Auth value:"), m_authValue);
    smsForm->addRow(tr("API key:"), m_apiKey);
    smsForm->addRow(tr("Sender number:"), m_sender);
    smsForm->addRow(tr("Success status:"), m_successStatus);
    smsForm->addRow(tr("Success JSON field:"), m_successField);
    smsForm->addRow(tr("Success value:"), m_successValue);
    smsForm->addRow(tr("Success pattern:"), m_successRegex);
    auto *hint = new QLabel(tr("In the address and body, {to}, {to_local}, {message}, {sender} and {apikey} are "
                               "replaced."),
                            sms);
    hint->setWordWrap(true);
    smsForm->addRow(hint);
    m_testMobile = ltrEdit(QStringLiteral("testMobile"), sms);
    auto *sendSms = new QPushButton(tr("Send a test SMS"), sms);
    sendSms->setObjectName(QStringLiteral("sendTestSms"));
    smsForm->addRow(tr("Test number:"), m_testMobile);
    smsForm->addRow(QString(), sendSms);
    connect(sendSms, &QPushButton::clicked, this, [this] { sendTest(Core::Channel::Sms); });
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_preset->itemData(index).toString()); });

    columns->addWidget(mail, 1);
    columns->addWidget(sms, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("messageLanguage"));
    m_language->addItem(tr("Persian"), QStringLiteral("fa"));
    m_language->addItem(tr("Arabic"), QStringLiteral("ar"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveMessagingSettings"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("messagingSettingsStatus"));
    m_status->setWordWrap(true);
    connect(m_save, &QPushButton::clicked, this, &MessagingSettingsPanel::save);
    m_errors->add(QStringLiteral("language"), m_language);
    m_errors->alias(QStringLiteral("timeout"), QStringLiteral("port"));
    m_errors->addGeneral();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Messages are written in:"), this));
    bottom->addWidget(m_language);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
}

void MessagingSettingsPanel::applyPreset(const QString &preset)
{
    const Core::SmsGatewaySettings s = Core::SmsGatewaySettings::presetNamed(preset);
    m_url->setText(s.urlTemplate);
    m_method->setCurrentText(s.method);
    m_body->setPlainText(s.bodyTemplate);
    m_contentType->setText(s.contentType);
    m_authName->setText(s.authHeaderName);
    m_authValue->setText(s.authHeaderValue);
    m_successStatus->setValue(s.successStatus);
    m_successField->setText(s.successJsonField);
    m_successValue->setText(s.successJsonValue);
    m_successRegex->setText(s.successRegex);
}

void MessagingSettingsPanel::load()
{
    const Core::Result<Core::MessagingSettings> saved = m_context.messagingSettings().settings(m_context.actor());
    if (!saved) {
        m_status->setText(saved.error().message);
        return;
    }
    const Core::MessagingSettings &s = *saved;
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_host->setText(s.smtp.host);
    m_port->setValue(s.smtp.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(smtpSecurityKey(s.smtp.security))));
    m_user->setText(s.smtp.user);
    m_passwordStored = s.smtp.passwordStored;
    m_authValueStored = s.sms.authHeaderValueStored;
    m_apiKeyStored = s.sms.apiKeyStored;
    //: In an empty password field: a password is saved but never shown; typing replaces it.
    const QString stored = tr("•••• (stored)");
    for (const auto &[edit, has] : {std::pair{m_password, m_passwordStored}, std::pair{m_authValue, m_authValueStored},
                                    std::pair{m_apiKey, m_apiKeyStored}}) {
        edit->clear();
        edit->setPlaceholderText(has ? stored : QString());
    }
    m_from->setText(s.smtp.fromAddress);
    m_fromName->setText(s.smtp.fromName);
    m_caFile->setText(s.smtp.caFile);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(s.sms.preset)));
    if (s.sms.urlTemplate.isEmpty())
        applyPreset(m_preset->currentData().toString());
    else {
        m_url->setText(s.sms.urlTemplate);
        m_method->setCurrentText(s.sms.method);
        m_body->setPlainText(s.sms.bodyTemplate);
        m_contentType->setText(s.sms.contentType);
        m_authName->setText(s.sms.authHeaderName);
        m_successStatus->setValue(s.sms.successStatus);
        m_successField->setText(s.sms.successJsonField);
        m_successValue->setText(s.sms.successJsonValue);
        m_successRegex->setText(s.sms.successRegex);
    }
    m_sender->setText(s.sms.sender);
}

Core::MessagingSettings MessagingSettingsPanel::draft() const
{
    Core::MessagingSettings s;
    s.language = m_language->currentData().toString();
    s.smtp.host = m_host->text().trimmed();
    s.smtp.port = m_port->value();
    s.smtp.security = Core::smtpSecurityFromKey(m_security->currentData().toString());
    s.smtp.user = m_user->text();
    s.smtp.password = m_password->text();
    s.smtp.passwordStored = m_passwordStored;
    s.sms.authHeaderValueStored = m_authValueStored;
    s.sms.apiKeyStored = m_apiKeyStored;
    s.smtp.fromAddress = m_from->text().trimmed();
    s.smtp.fromName = m_fromName->text().trimmed();
    s.smtp.caFile = m_caFile->text().trimmed();
    s.sms.preset = m_preset->currentData().toString();
    s.sms.urlTemplate = m_url->text().trimmed();
    s.sms.method = m_method->currentText();
    s.sms.bodyTemplate = m_body->toPlainText();
    s.sms.contentType = m_contentType->text().trimmed();
    s.sms.authHeaderName = m_authName->text().trimmed();
    s.sms.authHeaderValue = m_authValue->text();
    s.sms.apiKey = m_apiKey->text();
    s.sms.sender = m_sender->text().trimmed();
    s.sms.successStatus = m_successStatus->value();
    s.sms.successJsonField = m_successField->text().trimmed();
    s.sms.successJsonValue = m_successValue->text().trimmed();
    s.sms.successRegex = m_successRegex->text();
    return s;
}

bool MessagingSettingsPanel::save()
{
    m_errors->clear();
    const Core::Status saved = m_context.messagingSettings().save(m_context.actor(), draft());
    if (!saved) {
        m_errors->report(saved.error());
        m_status->clear();
        return false;
    }
    load(); // what was typed into a secret field is sealed now and shown as stored
    m_status->setText(tr("Saved."));
    return true;
}

void MessagingSettingsPanel::sendTest(Core::Channel channel)
{
    if (m_test.busy() || !save())
        return;
    const QString address = (channel == Core::Channel::Email ? m_testEmail : m_testMobile)->text().trimmed();
    m_status->setText(tr("Sending…"));
    Core::CampaignService &campaigns = m_context.campaigns();
    const Core::Actor actor = m_context.actor();
    m_test.start<Core::Status>(
        this, [&campaigns, actor, channel, address] { return campaigns.sendTestMessage(actor, channel, address); },
        [this, address](const Core::Status &sent) {
            m_status->setText(sent ? tr("The test message went to %1.").arg(address) : sent.error().message);
        });
}

} // namespace Club::Ui
