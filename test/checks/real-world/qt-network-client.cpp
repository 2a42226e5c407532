// A REST client and a device connection on Qt 6 Network, as Qt apps write
// them: a QNetworkAccessManager wrapper that handles sslErrors in lambdas, a
// shared QSslConfiguration, and a QSslSocket to a device on the LAN.
// RUN: %check_tls %s %t -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork

#include <QtCore/QDebug>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

static const QUrl kApiBase(QStringLiteral("https://api.example.com/v1/"));
static const char kLegacyBase[] = "http://legacy.example.com/v1/";
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: cleartext http:// URL to 'legacy.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
static const char kLocalDebug[] = "http://127.0.0.1:8080/v1/";
static constexpr auto kLabVerifyMode = QSslSocket::VerifyNone;

class ApiClient : public QObject {
public:
  ApiClient(bool LabMode, const QSslCertificate &DevicePin, QObject *Parent = nullptr)
      : QObject(Parent), Pinned(DevicePin) {
    Config = QSslConfiguration::defaultConfiguration();
    Config.setProtocol(QSsl::TlsV1_2OrLater);
    Config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (LabMode)
      Config.setPeerVerifyMode(kLabVerifyMode);
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: when `LabMode` is set, QSslSocket::VerifyNone does not verify the peer's certificate chain; the handshake succeeds with any certificate, even a forged one [tls-trust-all-certificates]
  }

  QNetworkReply *get(const QString &Path) {
    QNetworkRequest Request(kApiBase.resolved(QUrl(Path)));
    Request.setSslConfiguration(Config);
    Request.setRawHeader("Accept", "application/json");
    QNetworkReply *Reply = Nam.get(Request);
    QObject::connect(Reply, &QNetworkReply::sslErrors, this,
                     [this, Reply](const QList<QSslError> &Errors) {
                       // Accept the device's self-signed certificate, and
                       // only that certificate.
                       QList<QSslError> Expected;
                       for (const QSslError &E : Errors)
                         if (E.error() == QSslError::SelfSignedCertificate &&
                             E.certificate() == Pinned)
                           Expected << E;
                       Reply->ignoreSslErrors(Expected);
                     });
    return Reply;
  }

  // "The staging cluster's certificate is for *.internal": from a ticket.
  QNetworkReply *getStaging(const QString &Path) {
    QNetworkRequest Request(QUrl(QStringLiteral("https://staging.example.com/v1/") + Path));
    QNetworkReply *Reply = Nam.get(Request);
    QList<QSslError> Expected;
    Expected << QSslError(QSslError::HostNameMismatch, Pinned);
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: a QSslError::HostNameMismatch built to be ignored: ignoreSslErrors() with it accepts a valid certificate for any other host [tls-hostname-verification-disabled]
    Reply->ignoreSslErrors(Expected);
    return Reply;
  }

  // The most common shape: filter the reported errors by kind.
  QNetworkReply *getMirror(const QString &Path) {
    QNetworkReply *Reply = Nam.get(QNetworkRequest(QUrl(QStringLiteral("https://mirror.example.com/") + Path)));
    QObject::connect(Reply, &QNetworkReply::sslErrors, this,
                     [Reply](const QList<QSslError> &Errors) {
                       QList<QSslError> Ignorable;
                       for (const QSslError &E : Errors)
                         // NOT COVERED (the docs only look at a QSslError
                         // built with HostNameMismatch): ignoring every error
                         // of that kind accepts any host's certificate.
                         if (E.error() == QSslError::HostNameMismatch)
                           Ignorable << E;
                       Reply->ignoreSslErrors(Ignorable);
                     });
    return Reply;
  }

  QNetworkReply *getLegacy(const QString &Path) {
    QNetworkReply *Reply = Nam.get(QNetworkRequest(QUrl(QLatin1String(kLegacyBase) + Path)));
    QObject::connect(Reply, &QNetworkReply::sslErrors, this,
                     [Reply](const QList<QSslError> &Errors) {
                       for (const QSslError &E : Errors)
                         qWarning() << "ignoring TLS error:" << E.errorString();
                       Reply->ignoreSslErrors();
                       // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'ignoreSslErrors'() without a list ignores every TLS error, an invalid or forged certificate included; pass the specific errors you expect instead [tls-trust-all-certificates]
                     });
    return Reply;
  }

  QNetworkReply *getLocal(const QString &Path) {
    return Nam.get(QNetworkRequest(QUrl(QLatin1String(kLocalDebug) + Path)));
  }

private:
  QNetworkAccessManager Nam;
  QSslConfiguration Config;
  QSslCertificate Pinned;
};

// A device on the LAN that predates TLS 1.2.
QSslSocket *connectToDevice(const QString &Host, quint16 Port, QObject *Parent) {
  auto *Socket = new QSslSocket(Parent);
  QSslConfiguration Conf = Socket->sslConfiguration();
  Conf.setProtocol(QSsl::TlsV1_0OrLater);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: QSsl::TlsV1_0OrLater allows protocol versions older than TLS 1.2; use QSsl::TlsV1_2OrLater or QSsl::SecureProtocols [tls-weak-protocol-version]
  Conf.setPeerVerifyMode(QSslSocket::AutoVerifyPeer);
  Socket->setSslConfiguration(Conf);
  QObject::connect(Socket, &QSslSocket::sslErrors, Socket,
                   [Socket](const QList<QSslError> &) { Socket->ignoreSslErrors(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: 'ignoreSslErrors'() without a list ignores every TLS error, an invalid or forged certificate included; pass the specific errors you expect instead [tls-trust-all-certificates]
  Socket->connectToHostEncrypted(Host, Port);
  return Socket;
}
