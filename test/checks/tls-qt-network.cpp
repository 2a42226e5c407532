// Qt 5 and Qt 6 QtNetwork against the real headers, which number
// QSsl::SslProtocol differently: the rules name enumerators.
// RUN: %check_tls %s %t -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork
// RUN: %check_tls %s %t -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork

#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

struct Settings {
  QSslSocket::PeerVerifyMode Mode = QSslSocket::VerifyNone;
};

void insecure(QSslSocket *Socket, QNetworkReply *Reply) {
  Socket->setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: QSslSocket::VerifyNone does not verify the peer's certificate chain; the handshake
  Socket->setPeerVerifyMode(QSslSocket::QueryPeer);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: QSslSocket::QueryPeer does not verify the peer's certificate chain; the handshake
  QSslConfiguration Config = QSslConfiguration::defaultConfiguration();
  Config.setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: QSslSocket::VerifyNone does not verify the peer's certificate chain; the handshake
  const QSsl::SslProtocol Legacy = QSsl::TlsV1_0;
  Config.setProtocol(Legacy);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: QSsl::TlsV1_0 allows protocol versions older than TLS 1.2; use QSsl::TlsV1_2OrLater or
  Socket->setProtocol(QSsl::TlsV1_1OrLater);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: QSsl::TlsV1_1OrLater allows protocol versions older than TLS 1.2; use
  Socket->ignoreSslErrors();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ignoreSslErrors'() without a list ignores every TLS error, an invalid or forged
  Reply->ignoreSslErrors();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ignoreSslErrors'() without a list ignores every TLS error, an invalid or forged
  QList<QSslError> Expected;
  Expected << QSslError(QSslError::HostNameMismatch, QSslCertificate());
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: a QSslError::HostNameMismatch built to be ignored: ignoreSslErrors() with it accepts a
  Reply->ignoreSslErrors(Expected);
}

void secure(QSslSocket *Socket, QNetworkReply *Reply,
            const QSslCertificate &SelfSigned, const Settings &S) {
  Socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
  Socket->setPeerVerifyMode(QSslSocket::AutoVerifyPeer);
  Socket->setPeerVerifyMode(S.Mode); // chosen at run time
  Socket->setProtocol(QSsl::TlsV1_2OrLater);
  Socket->setProtocol(QSsl::SecureProtocols);
  QList<QSslError> Expected;
  Expected << QSslError(QSslError::SelfSignedCertificate, SelfSigned);
  Reply->ignoreSslErrors(Expected);
}

// The server side of the handshake: VerifyNone only means that no client
// certificate is asked for.
void serverSide(QSslSocket &Socket) {
  Socket.setPeerVerifyMode(QSslSocket::VerifyNone);
  Socket.startServerEncryption();
}

void clientSide(QSslSocket &Socket) {
  Socket.setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: QSslSocket::VerifyNone does not verify the peer's certificate chain
  Socket.startClientEncryption();
}
