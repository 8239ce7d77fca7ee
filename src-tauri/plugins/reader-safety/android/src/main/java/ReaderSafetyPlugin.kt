package org.haven.readersafety

import android.app.Activity
import android.os.Build
import android.view.WindowManager
import android.webkit.WebView
import app.tauri.annotation.Command
import app.tauri.annotation.TauriPlugin
import app.tauri.plugin.Invoke
import app.tauri.plugin.JSObject
import app.tauri.plugin.Plugin

/**
 * Keeps Haven's guidance off the recent-apps screen, and lets the quick exit remove the app's task.
 *
 * Written to Tauri's Android plugin API; not yet run on a device (see the README).
 */
@TauriPlugin
class ReaderSafetyPlugin(private val activity: Activity) : Plugin(activity) {
    override fun load(webView: WebView) {
        activity.runOnUiThread {
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
                // Android 13 and later: no picture in the recent-apps list, and the reader can
                // still take a screenshot of a phone number on purpose.
                activity.setRecentsScreenshotEnabled(false)
            } else {
                // Before Android 13 the only way: the window is secure, which also blocks
                // screenshots and screen recordings of it.
                activity.window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
            }
        }
    }

    /** Quick exit: the app closes and its task leaves the recent-apps list. */
    @Command
    fun leave(invoke: Invoke) {
        val answer = JSObject()
        answer.put("left", true)
        invoke.resolve(answer)
        activity.runOnUiThread { activity.finishAndRemoveTask() }
    }
}
