<?php
/**
 * Reaches into the test site from the command line, for what a browser cannot do or see.
 *
 * Usage: php -d auto_prepend_file=PREPEND wp.php COMMAND [ARGS]
 *   theme NAME                    switch to that theme
 *   stored                        print the plugin's options and per-post settings as JSON
 *   validate MODE FILE...         print Validator::check() of each file with Node.js, then without, as JSON
 *   uninstall                     deactivate and uninstall the plugin as the Plugins screen does
 *
 * @package IcsGlossaryTest
 */

require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$command = $argv[1];
wp_set_current_user( 1 );
if ( 'theme' === $command ) {
	switch_theme( $argv[2] );
} elseif ( 'stored' === $command ) {
	global $wpdb;
	echo wp_json_encode(
		array(
			'options' => get_option( 'ics_glossary_options', null ),
			'custom'  => get_option( 'ics_glossary_custom', null ),
			'meta'    => (int) $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->postmeta WHERE meta_key = '_ics_glossary_off'" ),
		)
	);
} elseif ( 'validate' === $command ) {
	$results = array();
	foreach ( array_slice( $argv, 3 ) as $file ) {
		$json = (string) file_get_contents( $file );
		$node = IcsGlossary\Validator::check( $json, $argv[2] );
		add_filter( 'ics_glossary_node', '__return_empty_string' );
		$results[] = array( $node, IcsGlossary\Validator::check( $json, $argv[2] ) );
		remove_filter( 'ics_glossary_node', '__return_empty_string' );
	}
	echo wp_json_encode( $results );
} elseif ( 'uninstall' === $command ) {
	deactivate_plugins( 'ics-glossary/ics-glossary.php' );
	uninstall_plugin( 'ics-glossary/ics-glossary.php' );
} else {
	fwrite( STDERR, "unknown command $command\n" );
	exit( 2 );
}
