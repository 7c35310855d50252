/**
 * The editor side of the two dynamic blocks: settings in the sidebar, and the server's rendering as
 * the preview. Plain JavaScript on the `wp` globals, so the plugin needs no build step. Titles,
 * attributes and icons come from each block.json through the server.
 */
( function ( wp, data ) {
	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl } = wp.components;

	function preview( name, attributes ) {
		return el( 'div', useBlockProps(), el( wp.serverSideRender, { block: name, attributes } ) );
	}

	/**
	 * A block edited through a select and a text field in the sidebar, previewed by the server.
	 * `select` and `text` name the attribute each field sets.
	 */
	function registerBlock( name, { title, select, text } ) {
		wp.blocks.registerBlockType( name, {
			edit( { attributes, setAttributes } ) {
				const set = ( key ) => ( value ) => setAttributes( { [ key ]: value } );
				return el(
					wp.element.Fragment,
					null,
					el(
						InspectorControls,
						null,
						el(
							PanelBody,
							{ title },
							el( SelectControl, {
								label: select.label,
								value: attributes[ select.key ],
								options: select.options,
								onChange: set( select.key ),
							} ),
							el( TextControl, { label: text.label, value: attributes[ text.key ], onChange: set( text.key ) } )
						)
					),
					preview( name, attributes )
				);
			},
			save: () => null,
		} );
	}

	registerBlock( 'ics-glossary/glossary', {
		title: __( 'Glossary', 'ics-glossary' ),
		select: {
			key: 'category',
			label: __( 'Category shown first', 'ics-glossary' ),
			options: [ { label: __( 'All categories', 'ics-glossary' ), value: '' } ].concat(
				data.categories.map( ( category ) => ( { label: category, value: category } ) )
			),
		},
		text: { key: 'search', label: __( 'Search shown first', 'ics-glossary' ) },
	} );

	registerBlock( 'ics-glossary/term', {
		title: __( 'Term', 'ics-glossary' ),
		select: {
			key: 'id',
			label: __( 'Glossary entry', 'ics-glossary' ),
			options: [ { label: __( 'Choose a term', 'ics-glossary' ), value: '' } ].concat(
				data.entries.map( ( entry ) => ( {
					label: entry.expansion ? entry.term + ' (' + entry.expansion + ')' : entry.term,
					value: entry.id,
				} ) )
			),
		},
		text: { key: 'text', label: __( 'Words shown (the term when empty)', 'ics-glossary' ) },
	} );
} )( window.wp, window.icsGlossaryBlocks );
