<?php
/**
 * Removes everything the plugin stored, on every site of a network.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/class-options.php';
require_once __DIR__ . '/includes/class-content.php';

/** Deletes the options and the per-post setting of the current site. */
function forget(): void {
	delete_option( Options::NAME );
	delete_option( Options::CUSTOM );
	delete_post_meta_by_key( Content::OFF );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site ) {
		switch_to_blog( $site );
		forget();
		restore_current_blog();
	}
} else {
	forget();
}
