import SwiftRs
import Tauri
import UIKit
import WebKit

/// Keeps Haven's guidance out of the app switcher: iOS takes its snapshot after an app resigns
/// active, so a blank view covers the window from that moment until the app is active again.
///
/// Written to Tauri's iOS plugin API; not yet run on a device (see the README).
class ReaderSafetyPlugin: Plugin {
  private var shield: UIView?

  override func load(webview: WKWebView) {
    let center = NotificationCenter.default
    center.addObserver(
      self, selector: #selector(cover), name: UIApplication.willResignActiveNotification, object: nil)
    center.addObserver(
      self, selector: #selector(uncover), name: UIApplication.didBecomeActiveNotification, object: nil)
  }

  @objc private func cover() {
    guard shield == nil, let window = UIApplication.shared.windows.first(where: { $0.isKeyWindow })
    else { return }
    let view = UIView(frame: window.bounds)
    view.backgroundColor = .systemBackground
    view.autoresizingMask = [.flexibleWidth, .flexibleHeight]
    window.addSubview(view)
    shield = view
  }

  @objc private func uncover() {
    shield?.removeFromSuperview()
    shield = nil
  }

  /// iOS does not let an app close itself: the interface keeps its cover on screen instead.
  @objc public func leave(_ invoke: Invoke) throws {
    invoke.resolve(["left": false])
  }
}

@_cdecl("init_plugin_reader_safety")
func initPlugin() -> Plugin {
  return ReaderSafetyPlugin()
}
